package jp.sukedachi.assessment.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One read of the company's data by someone else, for its owner. */
public record AccessLogView(Instant at, String readerEmail, String via, List<DataPart> parts)
    implements Serializable {
  public AccessLogView {
    parts = List.copyOf(parts);
  }
}
