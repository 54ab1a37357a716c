package jp.sukedachi.assessment.access;

import java.time.Instant;
import java.util.List;

/**
 * An owner's request to share parts of its company's data with another account.
 *
 * @param parts names of {@link jp.sukedachi.assessment.access.DataPart}
 * @param expiresAt ISO-8601 instant or date-time with offset; null or blank for no expiry
 */
public record ConsentInput(String recipientEmail, List<String> parts, String expiresAt) {

  /** Parsed expiry, for the web form that has a typed value. */
  public static ConsentInput of(String recipientEmail, List<String> parts, Instant expiresAt) {
    return new ConsentInput(recipientEmail, parts, expiresAt == null ? null : expiresAt.toString());
  }
}
