package jp.sukedachi.expert.application;

/**
 * A slot as sent to the API or typed in the form.
 *
 * @param start ISO-8601 with an offset, e.g. 2026-12-01T10:00:00+09:00
 * @param end ISO-8601 with an offset
 */
public record SlotInput(String start, String end) {}
