package jp.sukedachi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the application has finished starting: Payara tells CDI that the application scope is
 * initialised once the whole application has started, that is after the start-up singletons
 * (migrations, catalogue, first administrator, demo data, timers) have run. Until then
 * {@code /health/ready} is DOWN, so a load balancer sends no traffic here, and
 * {@code web.ReadinessGate} answers 503 to any request that still arrives. It never turns back:
 * a database that goes away later is the database check's business ({@link DatabaseHealthCheck}).
 *
 * <p>Why not a start-up singleton that {@code @DependsOn} all the others: Payara's dependency
 * check reports a cycle where two of them share a dependency (a diamond), and fails deployment.
 */
@Readiness
@ApplicationScoped
public class Started implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(Started.class.getName());
  private volatile boolean started;

  void applicationStarted(@Observes @Initialized(ApplicationScoped.class) Object event) {
    started = true;
    LOG.info("Sukedachi started: serving requests");
  }

  public boolean isStarted() {
    return started;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("started").status(started).build();
  }
}
