package jp.sukedachi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Turns scenario classes into JUnit dynamic tests, one per {@link Scenario} method, named
 * {@code Class.method}. Each scenario gets a fresh instance of its class, built through the
 * class's only constructor, whose parameters may be of these types:
 * <ul>
 *   <li>{@link App}: where the application and the server answer on 127.0.0.1;</li>
 *   <li>{@link URI}: the application's base, i.e. {@code App.uri()};</li>
 *   <li>{@link Api}: a REST client on that base (shared; it holds no state);</li>
 *   <li>{@link Browser}: the one headless Chromium of the run, started by the first scenario
 *       that asks for it, reset for each scenario (no cookies, a 1280×900 window) and closed
 *       when the last scenario has run. When such a scenario fails, a screenshot named
 *       {@code failed-Class.method.png} goes to target/screenshots/.</li>
 * </ul>
 * The system property {@value #FILTER} (comma-separated {@code Class} or {@code Class.method})
 * runs only the matching scenarios.
 */
final class ScenarioRunner {
  static final String FILTER = "it.scenario";

  private final App app;
  private final Api api;
  private Browser browser;

  ScenarioRunner(App app) {
    this.app = app;
    this.api = new Api(app.uri());
  }

  /**
   * The scenarios of the given classes, in class order and then by method name, preceded by a
   * check that every scenario class of this package is in the list and followed by a failure
   * for each filter entry that matched nothing. Closing the stream (JUnit does once all ran)
   * closes the browser.
   */
  Stream<DynamicTest> tests(List<Class<?>> classes, Class<?> listedIn) {
    List<String> filter = filter();
    List<String> unmatched = new ArrayList<>(filter);
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest(listedIn.getSimpleName() + " lists every scenario class",
        () -> checkListed(classes, listedIn)));
    for (Class<?> type : classes) {
      List<Method> methods = scenarioMethods(type);
      if (methods.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(type.getSimpleName(), () -> {
          throw new AssertionFailedError(type.getName() + " has no @Scenario method");
        }));
      }
      for (Method m : methods) {
        String name = type.getSimpleName() + "." + m.getName();
        List<String> matching = filter.stream().filter(f -> name.equals(f) || name.startsWith(f + ".")).toList();
        unmatched.removeAll(matching);
        if (filter.isEmpty() || !matching.isEmpty()) {
          tests.add(DynamicTest.dynamicTest(name,
              URI.create("method:" + type.getName() + "#" + m.getName() + "()"), () -> run(type, m, name)));
        }
      }
    }
    for (String f : unmatched) {
      tests.add(DynamicTest.dynamicTest("-D" + FILTER + "=" + f, () -> {
        throw new AssertionFailedError("No scenario of " + listedIn.getSimpleName() + ".SCENARIOS matches -D"
            + FILTER + "=" + f + "; write Class or Class.method, e.g. ApiScenarios or "
            + "ApiScenarios.withoutAValidTokenTheApiAnswers401");
      }));
    }
    return tests.stream().onClose(this::closeBrowser);
  }

  private void run(Class<?> type, Method method, String name) throws Throwable {
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    if (constructors.length != 1) {
      throw new AssertionFailedError(type.getName() + " must have exactly one constructor");
    }
    Constructor<?> constructor = constructors[0];
    constructor.setAccessible(true);
    Object[] args = Arrays.stream(constructor.getParameterTypes()).map(t -> argument(t, type)).toArray();
    boolean usesBrowser = Arrays.asList(constructor.getParameterTypes()).contains(Browser.class);
    Object scenario = constructor.newInstance(args);
    method.setAccessible(true);
    try {
      method.invoke(scenario);
    } catch (InvocationTargetException e) {
      if (usesBrowser) {
        browser.screenshotQuietly("failed-" + name);
      }
      throw named(name, e.getCause());
    }
  }

  /**
   * The failure with the scenario's name leading its message, as Maven's summary of failures
   * names a dynamic test only by its number; same stack trace, the original as the cause.
   */
  private static Throwable named(String name, Throwable failure) {
    Throwable named;
    if (failure instanceof AssertionFailedError a && a.isExpectedDefined() && a.isActualDefined()) {
      named = new AssertionFailedError(name + ": " + a.getMessage(), a.getExpected().getEphemeralValue(),
          a.getActual().getEphemeralValue(), a);
    } else if (failure instanceof AssertionError) {
      named = new AssertionFailedError(name + ": " + failure.getMessage(), failure);
    } else {
      named = new ScenarioError(name + ": " + failure, failure);
    }
    named.setStackTrace(failure.getStackTrace());
    return named;
  }

  /** A scenario that ended in an exception rather than a failed assertion. */
  static final class ScenarioError extends RuntimeException {
    ScenarioError(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Object argument(Class<?> type, Class<?> scenarioClass) {
    if (type == App.class) {
      return app;
    }
    if (type == URI.class) {
      return app.uri();
    }
    if (type == Api.class) {
      return api;
    }
    if (type == Browser.class) {
      if (browser == null) {
        browser = new Browser();
      }
      browser.reset();
      return browser;
    }
    throw new IllegalArgumentException(scenarioClass.getName() + " asks for a " + type.getName()
        + "; a scenario constructor may take App, URI, Api or Browser (see ScenarioRunner)");
  }

  private void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private static List<Method> scenarioMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Scenario.class)) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
          throw new IllegalArgumentException("@Scenario " + type.getSimpleName() + "." + m.getName()
              + " must be an instance method without parameters");
        }
        methods.add(m);
      }
    }
    methods.sort(Comparator.comparing(Method::getName));
    return methods;
  }

  private static List<String> filter() {
    String value = System.getProperty(FILTER, "").trim();
    return value.isEmpty() ? List.of()
        : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Fails when a class of this package has {@link Scenario} methods but is not in the list. */
  private static void checkListed(List<Class<?>> classes, Class<?> listedIn) throws ClassNotFoundException {
    URL here = listedIn.getResource("");
    if (here == null || !"file".equals(here.getProtocol())) {
      return; // packaged in a jar: nothing to compare with
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(here.toURI()))) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".class") || fileName.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(listedIn.getPackageName() + "." + fileName.replace(".class", ""));
        if (!classes.contains(type) && Arrays.stream(type.getDeclaredMethods())
            .anyMatch(m -> m.isAnnotationPresent(Scenario.class))) {
          missing.add(type.getSimpleName());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!missing.isEmpty()) {
      throw new AssertionFailedError("Scenario classes not listed in " + listedIn.getSimpleName()
          + ".SCENARIOS, so they never run: " + missing);
    }
  }
}
