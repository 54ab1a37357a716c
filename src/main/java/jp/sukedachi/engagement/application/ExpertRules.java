package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The program's rules for sharing experts, from configuration: how long an expert has to answer
 * a request, how many hours one SME may book a month (so scarce hours are shared), how often the
 * deadlines are checked, and how long a request's consent lasts after the work.
 */
@ApplicationScoped
public class ExpertRules {
  @Inject
  @ConfigProperty(name = "sukedachi.experts.response.hours", defaultValue = "48")
  int responseHours;

  @Inject
  @ConfigProperty(name = "sukedachi.experts.sme.monthly.hours", defaultValue = "8")
  int smeMonthlyHours;

  @Inject
  @ConfigProperty(name = "sukedachi.experts.sweep.seconds", defaultValue = "60")
  int sweepSeconds;

  @Inject
  @ConfigProperty(name = "sukedachi.experts.consent.days", defaultValue = "90")
  int consentDays;

  public Duration responseTime() {
    return Duration.ofHours(Math.max(1, responseHours));
  }

  public int smeMonthlyHours() {
    return Math.max(1, smeMonthlyHours);
  }

  public Duration sweepInterval() {
    return Duration.ofSeconds(Math.max(1, sweepSeconds));
  }

  public Duration consentTime() {
    return Duration.ofDays(Math.max(1, consentDays));
  }
}
