package jp.sukedachi.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means PostgreSQL cannot be reached for now (restarting, failing over, out of
 * connections) rather than a bug: then the answer is 503 with {@code Retry-After}, not 500, and
 * the log gets one line instead of a stack trace. The pool drops the dead connections and the
 * next request gets fresh ones (see the datasource properties in {@link DatabaseMigrator}).
 */
public final class DatabaseOutage {
  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && outage(sql.getSQLState())) {
        return true;
      }
      // the pool's own "no connection to give" (a jakarta.resource.ResourceException inside Payara)
      String name = t.getClass().getName();
      if (name.equals("jakarta.resource.spi.ResourceAllocationException")
          || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P01–57P03 (administrator shutdown, crash
   * shutdown, cannot connect now) and 53300 (too many connections).
   */
  static boolean outage(String state) {
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03") || state.equals("53300"));
  }
}
