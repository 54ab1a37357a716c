package jp.sukedachi.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a scenario class as one integration scenario. {@link SukedachiIT} runs it as
 * a JUnit dynamic test named {@code Class.method}, against the one Payara Micro it started.
 * The method takes no parameters; what it needs comes through the class's constructor
 * (see {@link ScenarioRunner}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Scenario {}
