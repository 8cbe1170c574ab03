package org.cocrea.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cocrea.launcher.DemoUser;
import org.cocrea.launcher.DevEnvironment;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driven by Selenium, with
 * the sign-in steps through Keycloak's real login page. Browser tests fail, never skip, when the
 * browser is missing: {@code .ci/run} installs it.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("cocrea.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("cocrea.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final DevEnvironment env;

    private Browser(WebDriver driver, DevEnvironment env) {
        this.driver = driver;
        this.env = env;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open(DevEnvironment env, String acceptLanguage) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1366,900",
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), env);
    }

    public static Browser open(DevEnvironment env) {
        return open(env, "en-US,en");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the application, signs in on Keycloak's page and waits for the home page. */
    public Browser signIn(DemoUser user) {
        driver.get(env.applicationUrl());
        wait.until(ExpectedConditions.urlContains("/realms/cocrea/"));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        username.clear();
        username.sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(env.password(user));
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(DevEnvironment.CONTEXT_ROOT));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        return this;
    }

    public Browser go(String pathInApp) {
        driver.get(env.applicationUrl() + pathInApp);
        return this;
    }

    public String text(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** Saves a screenshot under {@code target/screenshots} for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
