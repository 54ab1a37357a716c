package jp.sukedachi.engagement.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import jp.sukedachi.engagement.domain.AllocationRun;

/**
 * An allocation run with its numbers: the proposal (min-cost flow), first come first served on
 * the same data, and how they compare; after applying, how many engagements were made.
 *
 * @param proposal hours and risk-weighted hours served, requests served, spread over prefectures
 * @param fcfs the same numbers for first come, first served
 * @param gain the proposal minus FCFS (shares as fractions)
 * @param applied engagements made when it was applied; skipped grants that no longer fitted
 */
public record AllocationView(long id, LocalDate month, AllocationRun.Status status, Instant runAt,
    Instant appliedAt, int requests, int experts, int grants, Map<String, Object> proposal,
    Map<String, Object> fcfs, Map<String, Object> gain, Integer applied, Integer skipped)
    implements Serializable {}
