package jp.sukedachi.it;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core, run on the page a browser shows, with the rules of WCAG 2.0 and 2.1 at levels
 * A and AA. A violation is reported with its rule, impact, the CSS selector of the element and
 * axe's advice, so a failing scenario says what to fix and where.
 *
 * <p>{@link #ALLOWANCES} lists the only findings that do not fail: each names one rule on one
 * third-party element that the application cannot change through the component's attributes,
 * and why. It never switches a rule off for a whole page.
 */
final class Accessibility {
  /** WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /**
   * A finding that is accepted: {@code rule} on an element whose axe target (its CSS selector)
   * matches {@code target} as a regular expression, for the stated reason.
   */
  record Allowance(String rule, String target, String reason) {
    boolean covers(Violation v) {
      return v.rule().equals(rule) && v.target().matches(target);
    }
  }

  static final List<Allowance> ALLOWANCES = List.of();

  /** One element that breaks one rule. */
  record Violation(String rule, String impact, String target, String help, String summary, String html) {
    @Override
    public String toString() {
      return "- " + rule + " (" + impact + ") at " + target + ": " + help + "\n    "
          + summary.replace("\n", "\n    ") + "\n    " + html;
    }
  }

  private Accessibility() {}

  /** Deque's build of axe-core, as the library ships it. */
  private static final String AXE_SCRIPT = axeScript();

  /**
   * What axe-core finds on the current page of the driver, less the {@link #ALLOWANCES}.
   *
   * <p>The pages have no frames, so axe runs in the page itself ("legacy" mode): the library's
   * default would open a blank window for every check, which costs time and takes the focus
   * away, closing whatever overlay panel a journey has just opened. axe-core (560 kB) is
   * injected once per document, not once per check.
   */
  @SuppressWarnings("deprecation") // setLegacyMode: the single-frame path, see above
  static List<Violation> violations(WebDriver driver) {
    AxeRunOnlyOptions only = new AxeRunOnlyOptions();
    only.setType("tag");
    only.setValues(TAGS);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(only);
    options.setResultTypes(List.of("violations")); // passes and the rest unlisted: a smaller answer
    AxeBuilder axe = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
    axe.setInjectAxe(Accessibility::injectOnce, false);
    Results results = axe.analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": "
          + results.getErrorMessage(), results.getError());
    }
    List<Violation> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        Violation v = new Violation(rule.getId(), node.getImpact() == null ? rule.getImpact() : node.getImpact(),
            target(node.getTarget()), rule.getHelp(), String.valueOf(node.getFailureSummary()),
            abbreviate(node.getHtml()));
        if (ALLOWANCES.stream().noneMatch(a -> a.covers(v))) {
          found.add(v);
        }
      }
    }
    return found;
  }

  /**
   * Fails with the list of violations on the current page, naming the page by {@code where}
   * (e.g. "after saving the profile"), its address and the window's width.
   */
  static void assertNone(WebDriver driver, String where) {
    List<Violation> found = violations(driver);
    if (!found.isEmpty()) {
      throw new AssertionError(report(driver, where, found));
    }
  }

  static String report(WebDriver driver, String where, List<Violation> found) {
    Object width = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
    return found.size() + " WCAG 2.1 A/AA violation(s) on " + driver.getCurrentUrl() + " at " + width + " px"
        + (where == null || where.isEmpty() ? "" : " (" + where + ")") + ":\n"
        + found.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }

  private static String axeScript() {
    try {
      return new EmbeddedResourceAxeProvider().getScript();
    } catch (IOException | OperationNotSupportedException e) {
      throw new IllegalStateException("axe-core is missing from com.deque.html.axe-core:selenium", e);
    }
  }

  private static void injectOnce(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(AXE_SCRIPT);
    }
  }

  /** axe's target: a list of selectors (one per frame or shadow root), each a string or a list. */
  private static String target(Object target) {
    if (target instanceof List<?> list) {
      return list.stream().map(Accessibility::target).collect(Collectors.joining(" >>> "));
    }
    return String.valueOf(target);
  }

  private static String abbreviate(String html) {
    String oneLine = String.valueOf(html).replaceAll("\\s+", " ");
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }
}
