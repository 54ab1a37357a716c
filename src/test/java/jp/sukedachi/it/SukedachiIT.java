package jp.sukedachi.it;

import java.net.URL;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration and browser scenario, against ONE Payara Micro started by Arquillian with
 * the real WAR, on PostgreSQL with ddl/ applied (the embedded one, or {@code DB_URL}). Each
 * Arquillian test class would start its own Payara Micro (about 15 s and 500 MB each), so this
 * is the only one: the scenarios live in plain classes and run here as dynamic tests named
 * {@code Class.method}.
 *
 * <p><b>Adding scenarios:</b> write a class in this package whose methods carry
 * {@link Scenario} and whose one constructor takes what it needs ({@link App}, {@link java.net.URI},
 * {@link Api}, {@link Browser}; see {@link ScenarioRunner}), then add the class to
 * {@link #SCENARIOS} below. That is all; a class with scenarios missing from the list fails the
 * run. Each scenario makes its own data (a new account), so none depends on another's order.
 *
 * <p>Run only some: {@code -Dit.scenario=JourneyScenarios} or
 * {@code -Dit.scenario=ApiScenarios.withoutAValidTokenTheApiAnswers401} (comma-separated).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SukedachiIT {
  static final List<Class<?>> SCENARIOS = List.of(
      ApiScenarios.class,
      SecurityScenarios.class,
      ConsentScenarios.class,
      NotificationScenarios.class,
      PlanVersionScenarios.class,
      SharingJourneyScenarios.class,
      JourneyScenarios.class,
      DirectoryScenarios.class,
      DirectoryJourneyScenarios.class,
      MatchingScenarios.class,
      InquiryScenarios.class,
      ServiceJourneyScenarios.class,
      ExpertScenarios.class,
      BookingScenarios.class,
      AllocationScenarios.class,
      ExpertJourneyScenarios.class,
      AccessibilityScenarios.class,
      AccountHardeningScenarios.class,
      FuzzScenarios.class,
      ConcurrencyScenarios.class,
      HeadersScenarios.class);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;

  @TestFactory
  Stream<DynamicTest> scenarios() {
    return new ScenarioRunner(Deployments.app(base)).tests(SCENARIOS, SukedachiIT.class);
  }
}
