package io.github.errorstarter.sample;

import java.util.List;
import java.util.Map;

import io.github.errorstarter.test.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

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
 * The error pages in {@link HeadlessChromium}: the sample app's own 404, 5xx and blog 404
 * pages, and error-starter's default page, which the sample app does not override for a
 * 403, also in a dark colour scheme. Besides what {@link HeadlessChromium#openErrorPage}
 * checks of every error page, each shows its own heading and text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(ErrorPagesBrowserTests.ForbiddenController.class)
class ErrorPagesBrowserTests {

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium();

	@LocalServerPort
	int port;

	@Test
	void notFoundPageShouldBeTheSiteOwn() {
		open("/no/such/page", 404, "sample-404");
		assertThat(chromium.heading()).isEqualTo("Page not found");
		assertThat(chromium.driver().getTitle()).isEqualTo("Not Found · Acme Shop");
		assertThat(chromium.text()).contains("Acme Shop", "You asked for /no/such/page.", "Back to the shop");
	}

	@Test
	void serverErrorPageShouldBeTheSiteOwnAndShowReference() {
		open("/cause-error", 500, "sample-500");
		assertThat(chromium.heading()).isEqualTo("Sorry, something went wrong on our side");
		assertThat(chromium.driver().getTitle()).isEqualTo("Internal Server Error · Acme Shop");
		assertThat(chromium.text()).contains("Acme Shop", "Quote the reference").doesNotContain("hunter2", "Exception");
		assertThat(chromium.driver().findElement(By.cssSelector(".error-reference code")).getText())
			.matches("[0-9a-f]{16}");
	}

	@Test
	void blogNotFoundPageShouldBeTheBlogOwn() {
		open("/blog/no-such-post", 404, "sample-blog-404");
		assertThat(chromium.heading()).isEqualTo("This blog post doesn't exist");
		assertThat(chromium.text()).contains("Acme Shop", "You asked for /blog/no-such-post.", "All blog posts");
	}

	@Test
	void pageNotOverriddenShouldBeTheStarterDefault() {
		open("/browser-test/forbidden", 403, "starter-default-403");
		assertThat(chromium.heading()).isEqualTo("You don't have access to this page");
		assertThat(chromium.driver().findElement(By.className("es-eyebrow")).getAttribute("textContent"))
			.isEqualTo("Error 403 · Forbidden");
		assertThat(chromium.text()).contains("Requested address", "/browser-test/forbidden", "Go to the home page")
			.doesNotContain("Acme Shop");
	}

	@Test
	void starterDefaultPageShouldHaveADarkScheme() {
		chromium.driver()
			.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		try {
			open("/browser-test/forbidden", 403, "starter-default-403-dark");
			assertThat(chromium.driver().executeScript("return getComputedStyle(document.body).backgroundColor"))
				.isEqualTo("rgb(15, 17, 21)");
		}
		finally {
			chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
	}

	private void open(String path, int status, String name) {
		chromium.openErrorPage(this.port, path, status, name);
	}

	@RestController
	static class ForbiddenController {

		@GetMapping("/browser-test/forbidden")
		String forbidden() {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}

	}

}
