package jp.sukedachi.engagement.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.sukedachi.engagement.domain.HoursRequest;

/** A "find me someone" request as its SME sees it. */
public record HoursRequestView(long id, long companyId, LocalDate month, int hours, String description,
    List<String> measureCodes, List<String> parts, double riskPerHour, boolean needsPresence,
    HoursRequest.Status status, Instant createdAt) implements Serializable {

  static HoursRequestView of(HoursRequest r) {
    return new HoursRequestView(r.id(), r.companyId(), r.month(), r.hours(), r.description(),
        r.measureCodes().stream().sorted().toList(), r.parts().stream().sorted().toList(), r.riskPerHour(),
        r.needsPresence(), r.status(), r.createdAt());
  }
}
