package jp.sukedachi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/** Keeps algorithms framework-free and the channels thin. */
@AnalyzeClasses(packages = "jp.sukedachi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule algorithmsArePlainJava = classes()
      .that().resideInAPackage("..domain..").and().areNotAnnotatedWith(Entity.class)
      .should().onlyDependOnClassesThat().resideOutsideOfPackages("jakarta..", "org.eclipse..")
      .as("domain algorithms and values use no framework");

  @ArchTest
  static final ArchRule channelsDoNotTouchTheDatabase = noClasses()
      .that().resideInAnyPackage("..rest..", "..web..")
      .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

  @ArchTest
  static final ArchRule restAndWebDoNotKnowEachOther = noClasses()
      .that().resideInAPackage("..rest..")
      .should().dependOnClassesThat().resideInAPackage("..web..");
}
