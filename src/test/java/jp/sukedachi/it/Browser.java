package jp.sukedachi.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its own chromedriver, with PrimeFaces helpers. */
final class Browser implements AutoCloseable {
  final WebDriver driver;
  private final WebDriverWait wait;

  Browser(int width, int height) {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--lang=ja", "--window-size=" + width + "," + height,
          "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
      driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      wait.ignoring(StaleElementReferenceException.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  void type(String id, String text) {
    WebElement e = find(id);
    e.clear();
    e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /** Sets a PrimeFaces selectOneMenu through its widget, as a click on the item would. */
  void choose(String clientId, String value) {
    js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", clientId, value);
  }

  /** Opens a PrimeFaces selectOneMenu and clicks the item with the given label, as a person does. */
  void pick(String clientId, String label) {
    clickCss("[id='" + clientId + "'] .ui-selectonemenu-trigger");
    clickCss("[id='" + clientId + "_panel'] li[data-label='" + label + "']");
  }

  void click(String id) {
    WebElement e = find(id);
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  void clickCss(String css) {
    WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  /** Clicks the n-th (from 0) element matching a CSS selector, e.g. the n-th radio of a question. */
  void clickNth(String css, int n) {
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(css), n));
    WebElement e = driver.findElements(By.cssSelector(css)).get(n);
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  String text(String id) {
    return wait.until(d -> d.findElement(By.id(id)).getText());
  }

  String page() {
    return driver.findElement(By.tagName("body")).getText();
  }

  void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** Waits until an element's text differs from what it was. */
  void waitForChange(String id, String previous) {
    try {
      wait.until(d -> !d.findElement(By.id(id)).getText().equals(previous));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-wait-" + id);
      throw e;
    }
  }

  void waitForUrl(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves a full-page screenshot under target/screenshots. */
  Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("sukedachi.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      long height = (Long) js("return document.body.scrollHeight;");
      Dimension size = driver.manage().window().getSize();
      driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 120, 6000)));
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(size);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
