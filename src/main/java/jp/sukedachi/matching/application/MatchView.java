package jp.sukedachi.matching.application;

import java.io.Serializable;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.matching.domain.MatchResult;

/** A company's service matches, with the plan their reasons are told against. */
public record MatchView(long companyId, String companyName, MatchResult result, Plan plan)
    implements Serializable {}
