package org.ccioacademy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, with helpers that wait for PrimeFaces' Ajax
 * queue rather than sleeping, and an axe-core check for every page visited.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final String base;
  private final Path profile;
  private final Path downloads;

  public Browser(String base) throws Exception {
    this(base, new String[0]);
  }

  /** A browser with some more Chromium switches ({@code extraArguments}). */
  public Browser(String base, String... extraArguments) throws Exception {
    this.base = base.endsWith("/") ? base : base + "/";
    profile = Files.createTempDirectory("ccio-chromium");
    downloads = Files.createDirectories(profile.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File("/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    options.addArguments(extraArguments);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    // files the pages offer are saved, without asking, in this browser's own folder
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  /** A file the browser saved. */
  public record Downloaded(String name, byte[] bytes) {}

  /**
   * Follows a link that downloads a file, as a person would, and returns the file once Chromium has
   * finished saving it: its name and its bytes.
   */
  public Downloaded download(String cssSelector) throws Exception {
    driver.findElement(By.cssSelector(cssSelector)).click();
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      try (var files = Files.list(downloads)) {
        List<Path> done =
            files
                .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                .filter(f -> !f.getFileName().toString().startsWith("."))
                .toList();
        if (!done.isEmpty()) {
          Path file = done.get(0);
          Downloaded d = new Downloaded(file.getFileName().toString(), Files.readAllBytes(file));
          Files.delete(file);
          return d;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Nothing was downloaded within 60 seconds from " + cssSelector);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page (path relative to the application) and checks its accessibility. */
  public void open(String path) {
    driver.get(base + path);
    waitForPage();
    checkAccessibility();
  }

  public WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  /** Types into a field given by its Faces client id, replacing what was there. */
  public void type(String clientId, String text) {
    WebElement field = driver.findElement(By.id(clientId));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Chooses a value in a select box, as a person would (the change event and its Ajax update
   * included): a native {@code <select>} through Selenium, a PrimeFaces menu through its widget
   * (clicking its floating panel proved flaky in headless Chromium).
   */
  public void choose(String clientId, String value) {
    WebElement element = driver.findElement(By.id(clientId));
    if (element.getTagName().equals("select")) {
      new Select(element).selectByValue(value);
      waitForAjax();
      assertThat(
              new Select(driver.findElement(By.id(clientId)))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .as("value of " + clientId)
          .isEqualTo(value);
      return;
    }
    Object chosen =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                    + " w.triggerChange(); return w.getSelectedValue();",
                clientId,
                value);
    assertThat(chosen).as("value of " + clientId).isEqualTo(value);
    waitForAjax();
  }

  /** Presses a button that submits its form (non-Ajax) and waits for the next page. */
  public void press(String clientId) {
    loadNewPage(By.id(clientId));
  }

  /**
   * Presses a button that asks first (p:confirm): waits for the question, checks it is accessible,
   * then answers with the button labelled {@code yes} and waits for the next page; returns the
   * question's text.
   */
  public String pressAndConfirm(String clientId, String yes) {
    String question = ask(clientId);
    WebElement answer =
        driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    assertThat(answer.getText()).isEqualTo(yes);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.ccioOldPage = true;");
    answer.click();
    waitForNewPage();
    return question;
  }

  /**
   * Presses a button that asks first and answers no: nothing is sent, the page stays; returns the
   * question's text.
   */
  public String pressAndDecline(String clientId) {
    String question = ask(clientId);
    driver.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
    return question;
  }

  /**
   * Clicks a plain button that asks first in the browser's own dialog ({@code data-confirm}):
   * answers OK (then waits for the next page) or Cancel (nothing is sent); returns the question.
   */
  public String clickAndAnswer(String cssSelector, boolean ok) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.ccioOldPage = true;");
    driver.findElement(By.cssSelector(cssSelector)).click();
    var alert =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.alertIsPresent());
    String question = alert.getText();
    if (ok) {
      alert.accept();
      waitForNewPage();
    } else {
      alert.dismiss();
    }
    return question;
  }

  private String ask(String clientId) {
    driver.findElement(By.id(clientId)).click();
    WebElement dialog =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d -> {
                  WebElement shown = d.findElement(By.cssSelector(".ui-confirm-dialog"));
                  return shown.isDisplayed() ? shown : null;
                });
    checkAccessibility();
    return dialog.getText();
  }

  /** Follows a link (or presses any element) that loads a new page, and waits for it. */
  public void click(String cssSelector) {
    loadNewPage(By.cssSelector(cssSelector));
  }

  /** Clicks, waits for a new document (which has no marker), then checks its accessibility. */
  private void loadNewPage(By target) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.ccioOldPage = true;");
    WebElement element = driver.findElement(target);
    // to the middle of the window first: a button just at its bottom edge counts as in view,
    // yet Chromium's click there reaches nothing
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
    waitForNewPage();
  }

  /** Waits for a new document (which has no marker), then checks its accessibility. */
  private void waitForNewPage() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return window.ccioOldPage === undefined"
                                + " && document.readyState === 'complete';")));
    waitForPage();
    checkAccessibility();
  }

  /** Whether a JavaScript alert, confirm or prompt is open (script in content would open one). */
  public boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  public void waitForAjax() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery ||"
                                + " jQuery.active === 0);")));
  }

  private void waitForPage() {
    waitForAjax();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String currentPath() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /**
   * What axe-core has already passed in this test run: a page's address, the window's width and its
   * markup with the per-request tokens (nonces, view states) taken out, hashed in the page. The
   * same page in the same state is not checked twice (a test that checks after a press, which has
   * just checked, or every test's sign-in page); any change to the markup is checked again.
   */
  private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

  private static final String FINGERPRINT =
      "if (document.getElementsByTagName('iframe').length > 0) return null;"
          + " var html = document.documentElement.outerHTML"
          + ".replace(/(nonce|value|content|src|href|action)=\"[^\"]*[0-9][^\"]*\"/g, '');"
          + " var h = 0x811c9dc5;"
          + " for (var i = 0; i < html.length; i++) {"
          + " h ^= html.charCodeAt(i); h = Math.imul(h, 0x01000193); }"
          + " return location.pathname + ' ' + window.innerWidth + ' ' + html.length + ' '"
          + " + (h >>> 0);";

  /** axe-core, WCAG 2.2 A and AA: no serious or critical violation is allowed. */
  public void checkAccessibility() {
    // a page with frames is always checked: its markup does not show what they hold
    String fingerprint = (String) ((JavascriptExecutor) driver).executeScript(FINGERPRINT);
    if (fingerprint != null && PASSED.contains(fingerprint)) {
      return;
    }
    // legacy mode runs axe in the page and its frames; the newer mode opens a blank tab for
    // every check to merge the frames' results, which took half as long again
    AxeBuilder axe =
        new AxeBuilder()
            .setLegacyMode(true)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));
    // axe-core is sent to a document (and each of its frames) only once, not at every check
    axe.setInjectAxe(Browser::injectAxeWhereMissing, false);
    Results results = axe.analyze(driver);
    List<Rule> bad =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertThat(bad)
        .as(
            () ->
                "accessibility of "
                    + driver.getCurrentUrl()
                    + ":\n"
                    + bad.stream()
                        .map(
                            v ->
                                v.getId()
                                    + " ("
                                    + v.getImpact()
                                    + "): "
                                    + v.getHelp()
                                    + " at "
                                    + v.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
    if (fingerprint != null) {
      PASSED.add(fingerprint);
    }
  }

  private static final String AXE_SOURCE = axeSource();

  private static String axeSource() {
    try {
      return new AxeBuilder().getAxeScriptProvider().getScript();
    } catch (Exception e) {
      throw new IllegalStateException("axe-core's script is not in its jar", e);
    }
  }

  /** Called by AxeBuilder in the page and in each of its frames. */
  private static void injectAxeWhereMissing(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(AXE_SOURCE);
    }
  }

  /** Saves a screenshot (for people looking at a failed run). */
  public void screenshot(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
    // the browser's profile (tens of MB) is not left behind in the temporary folder
    try (var paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is not a test failure
    }
  }
}
