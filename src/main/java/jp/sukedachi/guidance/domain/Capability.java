package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import jp.sukedachi.platform.Bilingual;

/**
 * A deliverable capability (e.g. endpoint protection, incident response support): what a
 * measure needs from whoever delivers it, and what an お助け隊 service listing or an expert's
 * skills point at. Not tied to a catalogue version.
 */
public record Capability(String code, Bilingual name, Bilingual description) implements Serializable {}
