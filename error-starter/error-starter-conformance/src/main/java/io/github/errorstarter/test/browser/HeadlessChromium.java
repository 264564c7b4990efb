package io.github.errorstarter.test.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium for browser tests, as a JUnit extension: Debian's
 * {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver} (elsewhere with the
 * system properties {@code browser.chromium} and {@code browser.chromedriver}), never
 * Selenium Manager, which would download a browser. It resolves no host but
 * {@code localhost}, so a page cannot reach the network unnoticed. {@link #openErrorPage}
 * checks what every error page must do and saves screenshots under
 * {@code target/screenshots/}.
 * <p>
 * Register it in a static field,
 * {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}:
 * the browser starts once before the class's tests, with a profile of its own, and quits
 * after them. Where Chromium is missing the tests are skipped, except in CI
 * ({@code CI=true}), where that fails.
 *
 * @since 0.1.0
 */
public final class HeadlessChromium implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Path profile;

	private ChromeDriver driver;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: apt-get install -y chromium chromium-driver");
		}
		return ConditionEvaluationResult.disabled("Chromium/ChromeDriver not installed (fails instead when CI=true)");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		this.profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + this.profile,
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		// a driver path keeps Selenium Manager (which would download) out
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			this.driver = null;
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	/**
	 * Return the driver, for what a test checks beyond {@link #openErrorPage}.
	 * @return the driver
	 */
	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Open an error page at a phone's width and check what every error page must do: its
	 * HTTP status, no request to another host, no horizontal scroll, one {@code h1}, an
	 * English {@code lang}, no stack frame, and a clean console but for the page's own
	 * status; then save it as it looks on a phone and on a desktop.
	 * @param port the port of the app, on {@code localhost} (the only host the browser
	 * resolves)
	 * @param path the page's path
	 * @param status the page's HTTP status
	 * @param name the screenshots' name, as {@code target/screenshots/<name>-phone.png}
	 * and {@code -desktop.png}
	 */
	public void openErrorPage(int port, String path, int status, String name) {
		this.driver.manage().window().setSize(new Dimension(375, 800));
		String url = "http://localhost:" + port + path;
		this.driver.get(url);
		assertThat(this.driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
			.as("HTTP status of %s", path)
			.isEqualTo((long) status);
		assertThat(this.driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)"
				+ ".filter((u) => { const x = new URL(u); return (x.protocol === 'http:' || x.protocol === 'https:')"
				+ " && x.host !== location.host; })"))
			.as("requests to other hosts")
			.asList()
			.isEmpty();
		// a phone's scrollbars take no width (--hide-scrollbars), so the page is 375 px
		// wide
		assertThat(
				this.driver.executeScript("const d = document.documentElement; return [d.scrollWidth, d.clientWidth]"))
			.as("[scrollWidth, clientWidth] at 375 px")
			.isEqualTo(List.of(375L, 375L));
		assertThat(this.driver.findElements(By.tagName("h1"))).as("h1 elements").hasSize(1);
		// the browser asks for en-US; the pages say which language they are in
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("en");
		assertThat(this.driver.getPageSource()).doesNotContain("\tat ");
		screenshot(name + "-phone");
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		screenshot(name + "-desktop");
		String ownStatus = url + " - Failed to load resource: the server responded with a status of " + status;
		List<String> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.startsWith(ownStatus))
			.toList();
		assertThat(errors).as("console errors").isEmpty();
	}

	/**
	 * Return the text of the page's {@code h1}.
	 * @return the heading
	 */
	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Return the text of the page's body, as a user reads it.
	 * @return the text
	 */
	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	private void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
