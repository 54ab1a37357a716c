package jp.sukedachi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jp.sukedachi.notification.application.Notifier;

/** Keeps algorithms framework-free and the channels thin. */
@AnalyzeClasses(packages = "jp.sukedachi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule algorithmsArePlainJava = classes()
      .that().resideInAPackage("..domain..").and().areNotAnnotatedWith(Entity.class)
      .and().areNotAnnotatedWith(Embeddable.class)
      .should().onlyDependOnClassesThat().resideOutsideOfPackages("jakarta..", "org.eclipse..")
      .as("domain algorithms and values use no framework (entities and their embeddables aside)");

  @ArchTest
  static final ArchRule channelsDoNotTouchTheDatabase = noClasses()
      .that().resideInAnyPackage("..rest..", "..web..")
      .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

  @ArchTest
  static final ArchRule restAndWebDoNotKnowEachOther = noClasses()
      .that().resideInAPackage("..rest..")
      .should().dependOnClassesThat().resideInAPackage("..web..");

  /**
   * Capabilities depend one way: platform ← account ← notification ← assessment ← guidance ←
   * sharing and the matching capabilities (services, experts); demo data may use them all.
   * Notification sits low so that any capability may tell an account something.
   */
  @ArchTest
  static final ArchRule capabilitiesDependOneWay = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer("platform").definedBy("jp.sukedachi.platform..")
      .layer("account").definedBy("jp.sukedachi.account..")
      .layer("notification").definedBy("jp.sukedachi.notification..")
      .layer("assessment").definedBy("jp.sukedachi.assessment..")
      .layer("guidance").definedBy("jp.sukedachi.guidance..")
      .layer("matching").definedBy("jp.sukedachi.sharing..", "jp.sukedachi.directory..",
          "jp.sukedachi.matching..", "jp.sukedachi.engagement..", "jp.sukedachi.expert..")
      .layer("demo").definedBy("jp.sukedachi.demo..")
      .whereLayer("demo").mayNotBeAccessedByAnyLayer()
      .whereLayer("matching").mayOnlyBeAccessedByLayers("matching", "demo")
      .whereLayer("guidance").mayOnlyBeAccessedByLayers("matching", "demo")
      .whereLayer("assessment").mayOnlyBeAccessedByLayers("guidance", "matching", "demo")
      .whereLayer("notification").mayOnlyBeAccessedByLayers("assessment", "guidance", "matching", "demo")
      .whereLayer("account").mayOnlyBeAccessedByLayers("notification", "assessment", "guidance", "matching", "demo");

  /** Other capabilities know a company only through the facts port and the access policy. */
  @ArchTest
  static final ArchRule assessmentIsReadOnlyThroughItsPort = noClasses()
      .that().resideOutsideOfPackages("jp.sukedachi.assessment..", "jp.sukedachi.demo..")
      .should().dependOnClassesThat().resideInAnyPackage("jp.sukedachi.assessment.domain..",
          "jp.sukedachi.assessment.application..", "jp.sukedachi.assessment.rest..",
          "jp.sukedachi.assessment.web..")
      .as("guidance and the capabilities above it read assessment only through assessment.facts and assessment.access");

  /** Others tell an account something only through the Notifier, never through its tables. */
  @ArchTest
  static final ArchRule othersNotifyOnlyThroughTheNotifier = noClasses()
      .that().resideOutsideOfPackage("jp.sukedachi.notification..")
      .should().dependOnClassesThat(resideInAPackage("jp.sukedachi.notification..")
          .and(not(equivalentTo(Notifier.class))))
      .as("other capabilities use notification only through notification.application.Notifier");
}
