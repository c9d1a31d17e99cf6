package org.tripartite.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the running app in Debian's headless Chromium on a random localhost port. The driver is
 * /usr/bin/chromedriver: Selenium is never allowed to look for or download one. Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The production build serves the prebuilt bundle from target/classes; its mode token goes
        // only into the jar, so the test states the mode itself.
        properties = "vaadin.productionMode=true")
class BrowserIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;

    @LocalServerPort
    private int port;

    @org.springframework.beans.factory.annotation.Autowired
    private org.tripartite.lesson.Course course;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Debian's chromium and chromium-driver are not installed: browser tests skipped");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-US", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("tripartite-chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void homeLoadsInEnglish() {
        open("/");
        waitFor(By.cssSelector(".tp-card"));

        waiting(Duration.ofSeconds(10)).until(
                d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(driver.findElements(By.cssSelector(".tp-card")).size() >= 3);
        screenshot("home-laptop-en");
        assertNoConsoleErrors();
    }

    @Test
    void lessonOneRendersChartAndClickChangesQuery() {
        open("/lesson/attention/1");
        WebElement chart = waitFor(By.cssSelector("tp-echart[data-rendered]"));
        waitForCanvas(chart);
        screenshot("lesson-attention-1-laptop-en");

        String before = driver.getCurrentUrl();
        assertTrue(before.contains("query=1"), before);

        // Click the bar of the fourth token: the query changes and the URL follows.
        clickChartItem(chart, 3);
        waiting(Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("query=3"));
        assertNotEquals(before, driver.getCurrentUrl());
        assertNoConsoleErrors();
    }

    @Test
    void frenchSwitchTranslatesThePage() {
        open("/");
        waitFor(By.cssSelector(".tp-card"));
        driver.findElement(By.cssSelector(".tp-lang vaadin-button[lang='fr']")).click();
        waiting(Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Neurones"));

        waiting(Duration.ofSeconds(10)).until(
                d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        screenshot("home-laptop-fr");

        open("/lesson/attention/1");
        waitForCanvas(waitFor(By.cssSelector("tp-echart[data-rendered]")));
        screenshot("lesson-attention-1-laptop-fr");
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("lesson-attention-1-phone-fr");
        driver.manage().window().setSize(new Dimension(1366, 900));

        // Back to English for the other tests: the choice is remembered in a cookie.
        driver.findElement(By.cssSelector(".tp-lang vaadin-button[lang='en']")).click();
        waiting(Duration.ofSeconds(15)).until(
                d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertNoConsoleErrors();
    }

    /** A teacher's lab link, opened in another language, shows exactly the engine's numbers. */
    @Test
    @SuppressWarnings("unchecked")
    void labShareLinkReproducesNumbers() {
        String query = "d=16&tokens=8&qkNorm2=1&m=500&featureMap=positive&seed=11";
        open("/lab/kernel?" + query + "&lang=fr&hide=seed");
        WebElement chart = waitFor(By.cssSelector("tp-echart[data-rendered]"));
        waitForCanvas(chart);
        List<List<Number>> points = (List<List<Number>>) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0]._chart.getOption().series[0].data;", chart);

        org.tripartite.engine.features.KernelExperiment experiment = new org.tripartite.engine.features.KernelExperiment();
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        org.tripartite.engine.features.KernelResult expected = experiment.run(
                experiment.parameters(org.tripartite.engine.param.ParameterValues.parseStrict(experiment.parameters(), parameters)),
                org.tripartite.engine.run.RunMonitor.NONE);
        assertEquals(expected.pairs().exact().length, points.size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(expected.pairs().exact()[i], points.get(i).get(0).doubleValue(), 0, "exact kernel of pair " + i);
            assertEquals(expected.pairs().estimated()[i], points.get(i).get(1).doubleValue(), 0, "estimate of pair " + i);
        }
        assertTrue(driver.findElements(By.id("param-seed")).isEmpty(), "hide=seed hides the seed control");
        screenshot("lab-kernel-share-link-fr");
        assertNoConsoleErrors();
    }

    @Test
    void unknownAddressShowsFrenchPage() {
        open("/nulle/part?lang=fr");
        waiting(Duration.ofSeconds(15)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page introuvable"));

        assertTrue(driver.findElement(By.tagName("main")).getText().contains("nulle/part"));
        assertTrue(driver.findElements(By.cssSelector(".tp-header")).size() == 1, "the frame stays");
    }

    @Test
    void synapsePlaysAndWeightGrows() {
        open("/lesson/synapse/1?pre=true&post=true");
        waitForCanvas(waitFor(By.cssSelector("tp-echart[data-rendered]")));
        String before = driver.findElement(By.cssSelector(".tp-figure-value")).getText();
        assertTrue(before.contains("w = 0 a.u."), before);

        driver.findElement(By.cssSelector(".tp-timebar [data-action='play']")).click();
        waiting(Duration.ofSeconds(15)).until(
                d -> !d.findElement(By.cssSelector(".tp-figure-value")).getText().contains("w = 0 a.u."));
        // Space pauses, from the keyboard, when no text field has the focus.
        driver.findElement(By.tagName("body")).sendKeys(" ");
        waiting(Duration.ofSeconds(5)).until(d -> "false".equals(
                d.findElement(By.cssSelector(".tp-timebar [data-action='play']")).getAttribute("aria-pressed")));
        screenshot("lesson-synapse-1-playing-en");
        assertNoConsoleErrors();
    }

    /** Visits every step of every lesson in both languages at laptop and phone widths. */
    @Test
    void everyStepRendersInBothLanguages() {
        assertEquals(8, course.lessons().size(), "every lesson of the course is available");
        for (String language : List.of("en", "fr")) {
            for (org.tripartite.lesson.Lesson each : course.lessons()) {
                String lesson = each.id();
                for (int step = 1; step <= each.pageCount(); step++) {
                    open("/lesson/" + lesson + "/" + step + "?lang=" + language);
                    if (step <= each.steps().size()) {
                        WebElement chart = waitFor(By.cssSelector("tp-echart[data-rendered]"));
                        waitForCanvas(chart);
                        waiting(Duration.ofSeconds(60)).until(
                                d -> d.findElements(By.cssSelector(".tp-busy:not([hidden])")).isEmpty());
                    } else {
                        waitFor(By.id("checkpoint-check"));
                    }
                    waiting(Duration.ofSeconds(10)).until(
                            d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                    screenshot("lesson-" + lesson + "-" + step + "-laptop-" + language);
                    driver.manage().window().setSize(new Dimension(390, 844));
                    screenshot("lesson-" + lesson + "-" + step + "-phone-" + language);
                    driver.manage().window().setSize(new Dimension(1366, 900));
                }
            }
        }
        assertNoConsoleErrors();
    }

    /** Returns a wait that retries while the page reloads and its elements go stale. */
    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static WebElement waitFor(By locator) {
        return waiting(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void waitForCanvas(WebElement chart) {
        waiting(Duration.ofSeconds(30))
                .until(d -> !chart.findElements(By.tagName("canvas")).isEmpty());
    }

    /** Clicks, with the mouse, the bar of data item {@code index} of series 0. */
    @SuppressWarnings("unchecked")
    private static void clickChartItem(WebElement chart, int index) {
        List<Number> point = (List<Number>) ((JavascriptExecutor) driver).executeScript("""
                const instance = arguments[0]._chart;
                const values = instance.getOption().series[0].data;
                const value = typeof values[arguments[1]] === 'object' ? values[arguments[1]].value : values[arguments[1]];
                return instance.convertToPixel({ seriesIndex: 0 }, [arguments[1], value / 2]);
                """, chart, index);
        WebElement canvas = chart.findElement(By.tagName("canvas"));
        org.openqa.selenium.Rectangle box = canvas.getRect();
        int x = (int) Math.round(point.get(0).doubleValue() - box.getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - box.getHeight() / 2.0);
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(canvas, x, y).click().perform();
    }

    private static void screenshot(String name) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        }
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), "browser console errors");
    }
}
