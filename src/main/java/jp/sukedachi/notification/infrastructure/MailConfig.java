package jp.sukedachi.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import jp.sukedachi.notification.domain.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail settings from MicroProfile Config, so the environment sets them ({@code SUKEDACHI_MAIL_SMTP_HOST},
 * {@code SUKEDACHI_MAIL_SMTP_PORT}, ...). Without a host nothing is sent: mails wait in the outbox.
 */
@ApplicationScoped
public class MailConfig {
  private static final Logger LOG = Logger.getLogger(MailConfig.class.getName());

  @Inject
  @ConfigProperty(name = "sukedachi.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.smtp.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.smtp.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.poll.seconds", defaultValue = "30")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "sukedachi.mail.retry.delays", defaultValue = "PT1M,PT5M,PT30M,PT2H,PT6H,PT24H")
  String retryDelays;

  @Inject
  @ConfigProperty(name = "sukedachi.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  private Optional<Smtp> smtp;

  /** Reads the SMTP settings once, so a missing sender address is logged once, not per mail. */
  @PostConstruct
  void read() {
    Optional<String> server = host.map(String::strip).filter(h -> !h.isEmpty());
    Optional<String> sender = from.map(String::strip).filter(f -> !f.isEmpty());
    if (server.isPresent() && sender.isEmpty()) {
      LOG.severe("sukedachi.mail.smtp.host is set but sukedachi.mail.smtp.from is not: no mail is sent");
    }
    smtp = server.isEmpty() || sender.isEmpty() ? Optional.empty()
        : Optional.of(new Smtp(server.get(), port, sender.get(), username.map(String::strip).filter(u -> !u.isEmpty()),
            password.orElse(""), starttls));
  }

  /** The SMTP server to send through, or empty when none is configured (the local run). */
  public Optional<Smtp> smtp() {
    return smtp;
  }

  public Duration pollInterval() {
    if (pollSeconds < 1) {
      throw new IllegalStateException("sukedachi.mail.poll.seconds must be at least 1, not " + pollSeconds);
    }
    return Duration.ofSeconds(pollSeconds);
  }

  public RetryPolicy retryPolicy() {
    return RetryPolicy.parse(retryDelays);
  }

  /** Where people reach the application; links in mails start with it. */
  public String publicUrl() {
    return publicUrl.strip();
  }

  /** How to reach the SMTP server. The password never appears in {@link #toString()}. */
  public record Smtp(String host, int port, String from, Optional<String> username, String password,
      boolean starttls) {
    @Override
    public String toString() {
      return "smtp://" + username.map(u -> u + "@").orElse("") + host + ":" + port
          + (starttls ? " (STARTTLS)" : "") + " from " + from;
    }
  }
}
