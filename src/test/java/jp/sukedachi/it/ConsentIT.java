package jp.sukedachi.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Temporary home of the consent scenarios until they join the single IT class. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;
  ConsentScenarios scenarios;
  PlanVersionScenarios plans;

  @BeforeEach
  void client() {
    Api api = new Api(Deployments.loopback(base));
    scenarios = new ConsentScenarios(api);
    plans = new PlanVersionScenarios(api);
  }

  @Test
  void recipientSeesOnlyGrantedParts() {
    scenarios.aRecipientSeesOnlyTheGrantedPartsUntilTheOwnerRevokes();
  }

  @Test
  void everyPart() {
    scenarios.aGrantOfEveryPartShowsProfileSelfCheckAndPlan();
  }

  @Test
  void badGrants() {
    scenarios.badGrantsAreLocalisedFieldErrorsAndNothingIsSaved();
  }

  @Test
  void operatorReadsAreLogged() {
    scenarios.anOperatorMayReadACompanyAndTheReadIsLogged();
  }

  @Test
  void planVersions() {
    plans.anUnchangedPlanKeepsItsVersionAndAChangedBudgetMakesTheNext();
  }

  @Test
  void races() throws Exception {
    plans.concurrentRequestsForANewPlanMakeOneVersionAndConcurrentProgressNeverFails();
  }
}
