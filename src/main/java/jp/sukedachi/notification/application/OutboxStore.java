package jp.sukedachi.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import jp.sukedachi.notification.domain.OutboxMail;
import jp.sukedachi.notification.domain.RetryPolicy;

/**
 * The outbox's transactions, each short and on its own: claim due mails, then record each
 * outcome. No transaction is open while a mail travels to the SMTP server.
 */
@ApplicationScoped
public class OutboxStore {
  private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());

  /**
   * Parameters: the claim's token, the lease's end, now, how many. Plain JDBC placeholders, so the
   * statement can be tried on PostgreSQL without the container.
   */
  static final String CLAIM = """
      UPDATE mail_outbox SET claim_token = ?, next_attempt_at = ?
      WHERE id IN (SELECT id FROM mail_outbox
                   WHERE status = 'PENDING' AND next_attempt_at <= ?
                   ORDER BY next_attempt_at, id
                   LIMIT ?
                   FOR UPDATE SKIP LOCKED)
      RETURNING id, recipient, subject, body""";

  @PersistenceContext EntityManager em;

  /**
   * Claims up to {@code max} due mails for one sender in one statement. {@code FOR UPDATE SKIP
   * LOCKED} lets several instances poll at once: each due row goes to exactly one of them, and
   * none waits for another. The claim pushes the mail's next attempt out by {@code lease}, so a
   * sender that dies mid-way only delays its mails; the token lets only this claim record them.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Outgoing> claimDue(Instant now, int max, Duration lease) {
    UUID token = UUID.randomUUID();
    List<?> rows = em.createNativeQuery(CLAIM)
        .setParameter(1, token.toString())
        .setParameter(2, Timestamp.from(now.plus(lease)))
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, max)
        .getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new Outgoing(((Number) r[0]).longValue(), token, (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(Outgoing mail, Instant now) {
    held(mail).ifPresent(m -> m.sent(now));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(Outgoing mail, Instant now, String error, boolean permanent, RetryPolicy policy) {
    held(mail).ifPresent(m -> m.failed(now, error, permanent, policy));
  }

  private Optional<OutboxMail> held(Outgoing mail) {
    OutboxMail m = em.find(OutboxMail.class, mail.id(), LockModeType.PESSIMISTIC_WRITE);
    if (m == null || !m.isClaimedBy(mail.claim())) {
      LOG.warning(() -> "Mail " + mail.id() + " was no longer held by this sender (its lease ran out); "
          + "the outcome of this attempt is not recorded");
      return Optional.empty();
    }
    return Optional.of(m);
  }

  /** A claimed mail on its way out. */
  public record Outgoing(long id, UUID claim, String recipient, String subject, String body) {}
}
