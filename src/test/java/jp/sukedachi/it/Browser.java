package jp.sukedachi.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, acting as a person does and
 * waiting as a person would, so that a busy machine makes a journey slower, never red:
 * <ul>
 *   <li>a click waits until the element is displayed and enabled, scrolls it to the middle of
 *       the window, checks that the element itself is what lies under its centre (not a hint,
 *       a header or a half-drawn panel), clicks, and tries again on
 *       {@code ElementClickInterceptedException} or {@code StaleElementReferenceException},
 *       all within {@link #PATIENCE};</li>
 *   <li>after every click it waits until PrimeFaces' ajax queue is empty and no request is in
 *       flight, so the next step sees the updated page;</li>
 *   <li>nothing sleeps a fixed time: every wait polls a condition, with a bound;</li>
 *   <li>whenever a step (opening, clicking, choosing, waiting for a text or an address) ends on
 *       a page that axe-core has not seen yet, at a new window width, or after a PrimeFaces ajax
 *       update, axe-core checks it against WCAG 2.1 A and AA ({@link Accessibility}) and the
 *       step fails on any violation, so every page and state a journey reaches is usable by
 *       everyone.</li>
 * </ul>
 * One browser serves every journey of a run ({@link ScenarioRunner}); {@link #reset()} clears
 * cookies between journeys.
 */
final class Browser implements AutoCloseable {
  static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final int DESKTOP_WIDTH = 1280;
  private static final int DESKTOP_HEIGHT = 900;

  /**
   * Whether a click on the element would reach it, as Selenium's "clickable" and a person's eye
   * would judge: it is enabled, has a size, and (after scrolling it to the middle of the window
   * when arguments[1] is true) its centre is in the window with the element itself, or a child,
   * on top there. Returns '' if so, else what is in the way. One round trip instead of five.
   */
  private static final String READY_FOR_CLICK = """
      const e = arguments[0];
      if (e.disabled || e.classList.contains('ui-state-disabled')) return 'it is disabled';
      if (arguments[1]) e.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return 'it is not displayed';
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return 'it is outside the window';
      const top = document.elementFromPoint(x, y);
      if (top === e || e.contains(top)) return '';
      return 'it is covered by ' + (top ? top.outerHTML.substring(0, 200) : 'nothing');""";

  /** The state of a PrimeFaces selectOneMenu's panel: missing, moving (a transition runs), open or closed. */
  private static final String PANEL_STATE = """
      const p = document.getElementById(arguments[0] + '_panel');
      if (!p) return 'missing';
      if (p.getAnimations().length > 0) return 'moving';
      const s = getComputedStyle(p);
      return s.display !== 'none' && s.visibility !== 'hidden' && p.getClientRects().length > 0 ? 'open' : 'closed';""";

  private static final String AJAX_IDLE = """
      return document.readyState === 'complete'
        && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty())
        && (!window.jQuery || jQuery.active === 0);""";

  /**
   * What has changed since axe-core last looked at this page: 'new' (a document it has not seen),
   * 'resized' (another window width) or 'updated' (a PrimeFaces ajax response arrived); '' for
   * nothing, or for a page that is not the application's (about:blank between journeys).
   */
  private static final String A11Y_STATE = """
      if (location.protocol !== 'http:' && location.protocol !== 'https:') return '';
      const s = window.sukedachiA11y;
      if (!s) return 'new';
      if (s.width !== window.innerWidth) return 'resized';
      return s.ajax !== s.checkedAjax ? 'updated' : '';""";

  /** Notes that axe-core has looked at the page as it is now, and counts later ajax responses. */
  private static final String A11Y_SEEN = """
      let s = window.sukedachiA11y;
      if (!s) {
        s = window.sukedachiA11y = {ajax: 0};
        if (window.jQuery) jQuery(document).on('pfAjaxComplete', () => s.ajax++);
      }
      s.checkedAjax = s.ajax;
      s.width = window.innerWidth;""";

  /**
   * The page as axe-core would see it: its address, width and markup, less what changes at
   * every request without changing the page (the Faces view state, generated ids), hashed.
   */
  private static final String A11Y_FINGERPRINT = """
      const html = document.documentElement.outerHTML
        .replace(/name="jakarta.faces.ViewState"[^>]*>/g, '').replace(/j_idt\\d+/g, '');
      let h = 0;
      for (let i = 0; i < html.length; i++) h = (h * 31 + html.charCodeAt(i)) | 0;
      return location.pathname + ' ' + window.innerWidth + ' ' + html.length + ' ' + h;""";

  final WebDriver driver;
  private final Path profile;
  /** Fingerprints of the page states that passed axe-core: the same state need not run it again. */
  private final Set<String> accessible = new HashSet<>();
  private final WebDriverWait wait;
  /** How many times axe-core ran, and for how long in all: the cost of checking every page. */
  private int accessibilityChecks;
  private long accessibilityNanos;
  /** Why the last attempt in {@link #until} did not succeed, for the timeout message. */
  private String obstacle = "";

  Browser() {
    try {
      profile = Files.createTempDirectory("chrome-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--lang=ja", "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
      driver = new ChromeDriver(service, options);
      wait = new WebDriverWait(driver, PATIENCE, POLL);
      wait.ignoring(StaleElementReferenceException.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts afresh and signs in on the login page at {@code loginUrl}, then waits for the role's
   * landing page, so the next page the journey opens is not raced by the login's redirect.
   */
  void logIn(String loginUrl, String email, String password, String landing) {
    reset();
    open(loginUrl);
    type("login:email", email);
    type("login:password", password);
    click("login:submit");
    waitForUrl(landing);
  }

  /** Forgets the previous journey: a blank page, no cookies (so no session), a desktop window. */
  void reset() {
    driver.get("about:blank");
    ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    window(DESKTOP_WIDTH, DESKTOP_HEIGHT);
  }

  /** Sizes the window (375×812 is a phone) and waits until the page is laid out at that width. */
  void window(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    until("a window " + width + " px wide", d -> {
      int inner = ((Number) js("return window.innerWidth;")).intValue();
      obstacle = "window.innerWidth is " + inner;
      return inner == width;
    });
  }

  void open(String url) {
    driver.get(url);
    checkAccessibility("after opening " + url);
  }

  /**
   * Fails unless axe-core finds no WCAG 2.1 A/AA violation on the page as it is now (see
   * {@link Accessibility}). The browser does this by itself whenever a step of a journey ends on
   * a new page, at a new window width or after an ajax update; call it for a state that a step
   * reaches without any of those (e.g. a panel opened by script).
   */
  void assertAccessible(String where) {
    awaitAjax();
    long start = System.nanoTime();
    try {
      checkNow(where);
    } finally {
      accessibilityChecks++;
      accessibilityNanos += System.nanoTime() - start;
    }
  }

  private void checkNow(String where) {
    Accessibility.assertNone(driver, where);
    js(A11Y_SEEN);
  }

  /** Runs axe-core if the page changed since it last did ({@link #A11Y_STATE}). */
  private void checkAccessibility(String step) {
    awaitAjax();
    String state;
    try {
      state = (String) js(A11Y_STATE);
    } catch (JavascriptException e) {
      awaitAjax(); // the page was being replaced: look at the new one
      state = (String) js(A11Y_STATE);
    }
    if (state.isEmpty()) {
      return;
    }
    String fingerprint = (String) js(A11Y_FINGERPRINT);
    if (accessible.contains(fingerprint)) {
      js(A11Y_SEEN); // e.g. the login page, once more
      return;
    }
    assertAccessible(step + ", " + state);
    accessible.add(fingerprint);
  }

  WebElement find(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  void type(String id, String text) {
    until("type into #" + id, d -> {
      WebElement e = d.findElement(By.id(id));
      if (!readyForClick(e, true)) {
        return false;
      }
      e.clear();
      e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
      return true;
    });
  }

  /** Sets a PrimeFaces selectOneMenu through its widget, as a click on the item would. */
  void choose(String clientId, String value) {
    find(clientId);
    js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", clientId, value);
    checkAccessibility("after choosing " + value + " in #" + clientId);
  }

  /**
   * Opens a PrimeFaces selectOneMenu and clicks the item with the given label, as a person does.
   * The page is scrolled only while the panel is closed: PrimeFaces closes an open overlay when
   * the page scrolls, and a click aimed at its item would then land on whatever lies beneath.
   */
  void pick(String clientId, String label) {
    By item = By.cssSelector("[id='" + clientId + "_panel'] li[data-label='" + label + "']");
    until("pick '" + label + "' in " + clientId, d -> {
      String state = (String) js(PANEL_STATE, clientId);
      switch (state) {
        case "moving" -> {
          obstacle = "its panel is still opening or closing";
          return false;
        }
        case "open" -> {
          WebElement li = d.findElement(item);
          if (!readyForClick(li, false)) {
            js("PrimeFaces.getWidgetById(arguments[0]).hide();", clientId); // and open it afresh
            return false;
          }
          li.click();
          return true;
        }
        default -> {
          WebElement trigger = d.findElement(By.id(clientId)).findElement(By.cssSelector(".ui-selectonemenu-trigger"));
          if (readyForClick(trigger, true)) {
            trigger.click();
          }
          return false; // look again once the panel has opened
        }
      }
    });
    checkAccessibility("after picking '" + label + "' in #" + clientId);
  }

  void click(String id) {
    click("#" + id, d -> d.findElement(By.id(id)));
  }

  void clickCss(String css) {
    click(css, d -> d.findElement(By.cssSelector(css)));
  }

  /** Clicks the n-th (from 0) element matching a CSS selector, e.g. the n-th radio of a question. */
  void clickNth(String css, int n) {
    click(css + " [" + n + "]", d -> {
      List<WebElement> all = d.findElements(By.cssSelector(css));
      return all.size() > n ? all.get(n) : null;
    });
  }

  private void click(String what, Function<WebDriver, WebElement> locate) {
    until("click " + what, d -> {
      WebElement e = locate.apply(d);
      if (e == null) {
        obstacle = "it is not there";
        return false;
      }
      if (!readyForClick(e, true)) {
        return false;
      }
      e.click();
      return true;
    });
    checkAccessibility("after clicking " + what);
  }

  /** Waits until the page has loaded and PrimeFaces has no ajax request queued or in flight. */
  void awaitAjax() {
    until("the page to load and PrimeFaces ajax to finish", d -> Boolean.TRUE.equals(js(AJAX_IDLE)));
  }

  private boolean readyForClick(WebElement e, boolean scroll) {
    obstacle = (String) js(READY_FOR_CLICK, e, scroll);
    return obstacle.isEmpty();
  }

  /**
   * Polls the condition every 100 ms until it holds, for at most {@link #PATIENCE}, treating a
   * stale, missing, covered or not yet interactable element as "not yet".
   */
  private void until(String what, Function<WebDriver, Boolean> condition) {
    obstacle = "";
    new FluentWait<>(driver).withTimeout(PATIENCE).pollingEvery(POLL)
        .ignoring(StaleElementReferenceException.class)
        .ignoring(ElementNotInteractableException.class) // includes ElementClickInterceptedException
        .ignoring(NoSuchElementException.class)
        .ignoring(JavascriptException.class) // a script run while the page was being replaced
        .withMessage(() -> "waiting to " + what + (obstacle.isEmpty() ? "" : "; last time " + obstacle))
        .until(condition);
  }

  String text(String id) {
    return wait.until(d -> d.findElement(By.id(id)).getText());
  }

  String page() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    checkAccessibility("once #" + id + " shows '" + text + "'");
  }

  /** Waits until an element's text differs from what it was. */
  void waitForChange(String id, String previous) {
    wait.until(d -> !d.findElement(By.id(id)).getText().equals(previous));
    checkAccessibility("once #" + id + " changed");
  }

  void waitForUrl(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
    checkAccessibility("at " + fragment);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a full-page screenshot under target/screenshots. */
  Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("sukedachi.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      long height = ((Number) js("return document.body ? document.body.scrollHeight : 0;")).longValue();
      Dimension size = driver.manage().window().getSize();
      driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 120, 6000)));
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(size);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A screenshot after a failure; never hides the failure itself. */
  void screenshotQuietly(String name) {
    try {
      screenshot(name);
    } catch (RuntimeException e) {
      System.err.println("No screenshot " + name + ": " + e);
    }
  }

  @Override
  public void close() {
    System.out.printf("axe-core checked %d page states in %.1f s%n", accessibilityChecks, accessibilityNanos / 1e9);
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      System.err.println("Chromium profile left at " + profile + ": " + e);
    }
  }
}
