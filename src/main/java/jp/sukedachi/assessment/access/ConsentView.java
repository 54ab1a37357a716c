package jp.sukedachi.assessment.access;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A consent grant as its owner sees it. */
public record ConsentView(long id, String recipientEmail, String recipientName, String recipientRole,
    List<DataPart> parts, Instant grantedAt, Instant expiresAt, Instant revokedAt, boolean live)
    implements Serializable {
  public ConsentView {
    parts = List.copyOf(parts);
  }
}
