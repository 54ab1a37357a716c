package jp.sukedachi.assessment.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.domain.SelfCheckSheet;

/** A completed self-check with its result. */
public record SelfCheckView(long id, Instant takenAt, SelfCheckSheet.Result result,
    Map<Integer, Answer> answers) implements Serializable {}
