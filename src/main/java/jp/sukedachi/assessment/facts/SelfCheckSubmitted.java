package jp.sukedachi.assessment.facts;

/** Fired after a self-check is saved, inside the same transaction. */
public record SelfCheckSubmitted(long companyId, int score) {}
