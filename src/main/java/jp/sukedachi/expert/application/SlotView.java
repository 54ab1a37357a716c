package jp.sukedachi.expert.application;

import java.io.Serializable;
import java.time.Instant;

/** A bookable slot and whether a request or booking holds it. */
public record SlotView(long id, Instant start, Instant end, int hours, boolean taken) implements Serializable {}
