package io.github.errorstarter.conformance.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages in headless Chromium (Debian's {@code chromium} and
 * {@code chromedriver}): error-starter's default page for a client and a server error,
 * and an app's own template ({@code conformance/templates/shop/error/error.html}) for a
 * server error. Each page is checked at a phone's width for its HTTP status, its heading,
 * the reference a user quotes (the one in the log), no stack trace or secret, a clean
 * console, no request to another host and no horizontal scroll, and saved as screenshots
 * under {@code target/screenshots/}. Skipped where Chromium is missing, except in CI
 * ({@code CI=true}), where that fails.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
@ExtendWith(OutputCaptureExtension.class)
@EnabledIf(value = "chromiumInstalled",
		disabledReason = "Chromium/ChromeDriver not installed (fails instead when CI=true)")
class ErrorPagesBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String REFERENCE = "[0-9a-f]{16}";

	@TempDir
	static Path profile;

	static ChromeDriver driver;

	private final RunningApp app;

	ErrorPagesBrowserTests(RunningApp app) {
		this.app = app;
	}

	static boolean chromiumInstalled() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: apt-get install -y chromium chromium-driver");
		}
		return installed;
	}

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--hide-scrollbars", "--user-data-dir=" + profile,
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		// a driver path keeps Selenium Manager (which would download) out
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void defaultPageOfClientErrorShouldSayWhatHappened() throws IOException {
		open("/status/403", 403, "default-403");
		assertThat(heading()).isEqualTo("You don't have access to this page");
		assertThat(driver.findElement(By.className("es-eyebrow")).getAttribute("textContent"))
			.isEqualTo("Error 403 · Forbidden");
		assertThat(text()).contains("Requested address", "/status/403", "Go to the home page");
		assertThat(driver.findElements(By.className("es-reference"))).as("reference of a 4xx").isEmpty();
	}

	@Test
	void defaultPageOfServerErrorShouldShowTheLoggedReferenceAndNoStackTrace(CapturedOutput output) throws IOException {
		open("/server-error", 500, "default-500");
		assertThat(heading()).isEqualTo("Something went wrong on our side");
		assertThat(text()).contains("If you contact support, quote this reference")
			.doesNotContain("hunter2", "Exception", "Stack trace");
		String reference = driver.findElement(By.cssSelector(".es-reference code")).getText();
		assertThat(reference).matches(REFERENCE);
		assertThat(output.getAll()).contains("GET /server-error -> 500").contains("requestId=" + reference);
	}

	@Test
	void appTemplateOfServerErrorShouldShowTheLoggedReferenceAndNoStackTrace(CapturedOutput output) throws IOException {
		open("/shop/checkout", 500, "app-template-500");
		assertThat(driver.getTitle()).isEqualTo("Internal Server Error · Example Shop");
		assertThat(heading()).isEqualTo("Something went wrong on our side");
		assertThat(driver.findElement(By.className("shop-status")).getText()).isEqualTo("500 Internal Server Error");
		assertThat(text()).contains("Example Shop", "Quote this reference to our support team", "Back to the shop")
			.doesNotContain("hunter2", "Exception");
		assertThat(driver.findElements(By.className("es-card"))).as("the default page's card").isEmpty();
		assertThat(driver.findElements(By.tagName("pre"))).as("stack trace").isEmpty();
		String reference = driver.findElement(By.cssSelector(".shop-reference code")).getText();
		assertThat(reference).matches(REFERENCE);
		assertThat(output.getAll()).contains("GET /shop/checkout -> 500").contains("requestId=" + reference);
	}

	// open a page at a phone's width and check what every error page must do, then save
	// it as it looks on a phone and on a desktop
	private void open(String path, int status, String name) throws IOException {
		driver.manage().window().setSize(new Dimension(375, 800));
		// the host resolver rules leave only localhost alone (the app is on 127.0.0.1)
		String url = "http://localhost:" + this.app.port() + path;
		driver.get(url);
		assertThat(driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
			.as("HTTP status of %s", path)
			.isEqualTo((long) status);
		assertThat(driver.executeScript("return performance.getEntriesByType('resource').map((e) => e.name)"
				+ ".filter((u) => { const x = new URL(u); return (x.protocol === 'http:' || x.protocol === 'https:')"
				+ " && x.host !== location.host; })"))
			.as("requests to other hosts")
			.asList()
			.isEmpty();
		// a phone's scrollbars take no width (--hide-scrollbars), so the page is 375 px
		// wide
		assertThat(driver.executeScript("const d = document.documentElement; return [d.scrollWidth, d.clientWidth]"))
			.as("[scrollWidth, clientWidth] at 375 px")
			.isEqualTo(List.of(375L, 375L));
		assertThat(driver.findElements(By.tagName("h1"))).as("h1 elements").hasSize(1);
		// the browser asks for en-US; the pages say which language they are in
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("en");
		assertThat(driver.getPageSource()).doesNotContain("\tat ");
		screenshot(name + "-phone");
		driver.manage().window().setSize(new Dimension(1280, 900));
		screenshot(name + "-desktop");
		String ownStatus = url + " - Failed to load resource: the server responded with a status of " + status;
		List<String> errors = driver.manage()
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

	private static String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	private static String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

}
