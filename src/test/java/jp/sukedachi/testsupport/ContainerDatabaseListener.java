package jp.sukedachi.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any Arquillian test starts Payara Micro, points it at the test database: the embedded
 * PostgreSQL unless {@code DB_URL} is set (Payara inherits the environment then). Only acts in
 * the failsafe run, which sets {@code payara.microJar}.
 */
public class ContainerDatabaseListener implements LauncherSessionListener {
  public static final String ADMIN_EMAIL = "admin@it.example";
  public static final String ADMIN_PASSWORD = "it-admin-password";

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
    System.setProperty("payara.cmdOptions", options.toString());
  }
}
