package jp.sukedachi.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any Arquillian test starts Payara Micro, points it at the test database: the embedded
 * PostgreSQL unless {@code DB_URL} is set (Payara inherits the environment then), and at the
 * test mail server ({@link TestMail}, started here), polled every second with retries seconds
 * apart. Only acts in the failsafe run, which sets {@code payara.microJar}.
 */
public class ContainerDatabaseListener implements LauncherSessionListener {
  public static final String ADMIN_EMAIL = "admin@it.example";
  public static final String ADMIN_PASSWORD = "it-operator-passphrase";
  public static final String MAIL_FROM = "no-reply@sukedachi.test";
  /** Seven attempts within about 40 s, so a test can watch a refused mail go out later. */
  /** The per-client limits of the test server (the per-client-and-account one keeps its default). */
  public static final String LOGIN_PER_CLIENT = "20000/PT1M";
  public static final String SIGNUP_PER_CLIENT = "5000/PT1M";
  public static final String MAIL_RETRY_DELAYS = "PT1S,PT2S,PT3S,PT5S,PT10S,PT20S";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("payara.microJar") == null) {
      return;
    }
    StringBuilder options = new StringBuilder("-Xmx768m -Dsukedachi.admin.email=" + ADMIN_EMAIL
        + " -Dsukedachi.admin.password=" + ADMIN_PASSWORD);
    if (!TestDatabase.external()) {
      options.append(" -Ddb.url=").append(TestDatabase.jdbcUrl())
          .append(" -Ddb.user=postgres -Ddb.password=postgres");
    }
    options.append(" -Dsukedachi.mail.smtp.host=127.0.0.1 -Dsukedachi.mail.smtp.port=").append(TestMail.port())
        .append(" -Dsukedachi.mail.smtp.from=").append(MAIL_FROM)
        .append(" -Dsukedachi.mail.poll.seconds=1 -Dsukedachi.mail.retry.delays=").append(MAIL_RETRY_DELAYS)
        .append(" -Dsukedachi.experts.sweep.seconds=1 -Dsukedachi.experts.index.seconds=1")
        // Accounts: every scenario signs up and signs in from 127.0.0.1, so the per-client limits
        // are wide; the balancer's header is trusted from loopback, so a scenario can be another client.
        .append(" -Dsukedachi.ratelimit.login.client=").append(LOGIN_PER_CLIENT)
        .append(" -Dsukedachi.ratelimit.signup.client=").append(SIGNUP_PER_CLIENT)
        // loopback as the balancer, so scenarios can send X-Forwarded-For/-Proto (HeadersScenarios)
        .append(" -Dsukedachi.proxies.trusted=127.0.0.1/32,::1/128");
    System.setProperty("payara.cmdOptions", options.toString());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (System.getProperty("payara.microJar") != null) {
      TestMail.stop();
    }
  }
}
