package jp.sukedachi.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the one PostgreSQL datasource (from {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD})
 * and applies the Flyway migrations from {@code ddl/} before anything else runs.
 */
@DataSourceDefinition(
    name = DatabaseMigrator.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 24,
    // Each connection is checked before it is handed out, and one failed check drops the whole
    // pool: after a PostgreSQL restart the next request gets a fresh connection instead of a
    // dead one, and the app recovers without a restart. A caller waits at most 10 s for a
    // connection rather than the default 60 s.
    properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
        "fish.payara.fail-all-connections=true",
        "fish.payara.max-wait-time-in-millis=10000",
        "connectTimeout=5",
        "tcpKeepAlive=true"
    })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
  public static final String DATASOURCE = "java:app/jdbc/sukedachi";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
  }
}
