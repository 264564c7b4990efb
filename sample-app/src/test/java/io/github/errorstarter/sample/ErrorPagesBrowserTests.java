package io.github.errorstarter.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages in headless Chromium (Debian's {@code chromium} and
 * {@code chromedriver}): the sample app's own 404, 5xx and blog 404 pages, and
 * error-starter's default page, which the sample app does not override for a 403. Each
 * page is checked at a phone's width for its text, its HTTP status, a clean console, no
 * request to another host and no horizontal scroll, and saved as screenshots under
 * {@code target/screenshots/}. Skipped where Chromium is missing, except in CI
 * ({@code CI=true}), where that fails.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(ErrorPagesBrowserTests.ForbiddenController.class)
@EnabledIf(value = "chromiumInstalled",
		disabledReason = "Chromium/ChromeDriver not installed (fails instead when CI=true)")
class ErrorPagesBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@TempDir
	static Path profile;

	static ChromeDriver driver;

	@LocalServerPort
	int port;

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
	void notFoundPageShouldBeTheSiteOwn() throws IOException {
		open("/no/such/page", 404, "sample-404");
		assertThat(heading()).isEqualTo("Page not found");
		assertThat(driver.getTitle()).isEqualTo("Not Found · Acme Shop");
		assertThat(text()).contains("Acme Shop", "You asked for /no/such/page.", "Back to the shop");
	}

	@Test
	void serverErrorPageShouldBeTheSiteOwnAndShowReference() throws IOException {
		open("/cause-error", 500, "sample-500");
		assertThat(heading()).isEqualTo("Sorry, something went wrong on our side");
		assertThat(driver.getTitle()).isEqualTo("Internal Server Error · Acme Shop");
		assertThat(text()).contains("Acme Shop", "Quote the reference").doesNotContain("hunter2", "Exception");
		assertThat(driver.findElement(By.cssSelector(".error-reference code")).getText()).matches("[0-9a-f]{16}");
	}

	@Test
	void blogNotFoundPageShouldBeTheBlogOwn() throws IOException {
		open("/blog/no-such-post", 404, "sample-blog-404");
		assertThat(heading()).isEqualTo("This blog post doesn't exist");
		assertThat(text()).contains("Acme Shop", "You asked for /blog/no-such-post.", "All blog posts");
	}

	@Test
	void pageNotOverriddenShouldBeTheStarterDefault() throws IOException {
		open("/browser-test/forbidden", 403, "starter-default-403");
		assertThat(heading()).isEqualTo("You don't have access to this page");
		assertThat(driver.findElement(By.className("es-eyebrow")).getAttribute("textContent"))
			.isEqualTo("Error 403 · Forbidden");
		assertThat(text()).contains("Requested address", "/browser-test/forbidden", "Go to the home page")
			.doesNotContain("Acme Shop");
	}

	@Test
	void starterDefaultPageShouldHaveADarkScheme() throws IOException {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		try {
			open("/browser-test/forbidden", 403, "starter-default-403-dark");
			assertThat(driver.executeScript("return getComputedStyle(document.body).backgroundColor"))
				.isEqualTo("rgb(15, 17, 21)");
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	/**
	 * Open a page at a phone's width and check what every error page must do, then save
	 * it as it looks on a phone and on a desktop.
	 */
	private void open(String path, int status, String name) throws IOException {
		driver.manage().window().setSize(new Dimension(375, 800));
		String url = "http://localhost:" + this.port + path;
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

	@RestController
	static class ForbiddenController {

		@GetMapping("/browser-test/forbidden")
		String forbidden() {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}

	}

}
