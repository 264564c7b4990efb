package io.github.errorstarter.conformance.browser;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.RunningApp;
import io.github.errorstarter.test.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages in {@link HeadlessChromium}: error-starter's default page for a client
 * and a server error, and an app's own template
 * ({@code conformance/templates/shop/error/error.html}) for a server error. Besides what
 * {@link HeadlessChromium#openErrorPage} checks of every error page, each shows its
 * heading, the reference a user quotes (the one in the log), and no stack trace or
 * secret.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesBrowserTests {

	private static final String REFERENCE = "[0-9a-f]{16}";

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium();

	private final RunningApp app;

	ErrorPagesBrowserTests(RunningApp app) {
		this.app = app;
	}

	@Test
	void defaultPageOfClientErrorShouldSayWhatHappened() {
		open("/status/403", 403, "default-403");
		assertThat(chromium.heading()).isEqualTo("You don't have access to this page");
		assertThat(chromium.driver().findElement(By.className("es-eyebrow")).getAttribute("textContent"))
			.isEqualTo("Error 403 · Forbidden");
		assertThat(chromium.text()).contains("Requested address", "/status/403", "Go to the home page");
		assertThat(chromium.driver().findElements(By.className("es-reference"))).as("reference of a 4xx").isEmpty();
	}

	@Test
	void defaultPageOfServerErrorShouldShowTheLoggedReferenceAndNoStackTrace(CapturedOutput output) {
		open("/server-error", 500, "default-500");
		assertThat(chromium.heading()).isEqualTo("Something went wrong on our side");
		assertThat(chromium.text()).contains("If you contact support, quote this reference")
			.doesNotContain("hunter2", "Exception", "Stack trace");
		String reference = chromium.driver().findElement(By.cssSelector(".es-reference code")).getText();
		assertThat(reference).matches(REFERENCE);
		assertThat(output.getAll()).contains("GET /server-error -> 500").contains("requestId=" + reference);
	}

	@Test
	void appTemplateOfServerErrorShouldShowTheLoggedReferenceAndNoStackTrace(CapturedOutput output) {
		open("/shop/checkout", 500, "app-template-500");
		assertThat(chromium.driver().getTitle()).isEqualTo("Internal Server Error · Example Shop");
		assertThat(chromium.heading()).isEqualTo("Something went wrong on our side");
		assertThat(chromium.driver().findElement(By.className("shop-status")).getText())
			.isEqualTo("500 Internal Server Error");
		assertThat(chromium.text())
			.contains("Example Shop", "Quote this reference to our support team", "Back to the shop")
			.doesNotContain("hunter2", "Exception");
		assertThat(chromium.driver().findElements(By.className("es-card"))).as("the default page's card").isEmpty();
		assertThat(chromium.driver().findElements(By.tagName("pre"))).as("stack trace").isEmpty();
		String reference = chromium.driver().findElement(By.cssSelector(".shop-reference code")).getText();
		assertThat(reference).matches(REFERENCE);
		assertThat(output.getAll()).contains("GET /shop/checkout -> 500").contains("requestId=" + reference);
	}

	private void open(String path, int status, String name) {
		chromium.openErrorPage(this.app.port(), path, status, name);
	}

}
