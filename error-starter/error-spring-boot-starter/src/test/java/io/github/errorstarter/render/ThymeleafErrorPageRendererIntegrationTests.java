package io.github.errorstarter.render;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template lookup and the failsafe against a real Tomcat. The fixture templates under
 * {@code src/test/resources/pages-chain/} name their own path, so each answer shows which
 * template won.
 */
@SpringBootTest(classes = ThymeleafErrorPageRendererIntegrationTests.ChainApp.class,
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.thymeleaf.prefix=classpath:/pages-chain/",
				"errors.paths[0].pattern=/blog/**", "errors.paths[0].templates=blog",
				"errors.paths[1].pattern=/broken-syntax/**", "errors.paths[1].templates=broken-syntax",
				"errors.paths[2].pattern=/broken-fragment/**", "errors.paths[2].templates=broken-fragment",
				"errors.paths[3].pattern=/broken-expression/**", "errors.paths[3].templates=/broken-expression/" })
@ExtendWith(OutputCaptureExtension.class)
class ThymeleafErrorPageRendererIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource({ "/blog/no-such-post, 404, blog/error/404", "/blog/forbidden, 403, blog/error/4xx",
			"/blog/boom, 500, blog/error/error", "/no-such-page, 404, error/404", "/forbidden, 403, error/4xx",
			"/boom, 500, error" })
	void renderShouldUseTheMostSpecificTemplate(String path, int status, String template) {
		HttpResponse<String> response = ErrorPageRequests.get(this.port, path);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).contains("<p>template=" + template + "</p>", "<p>status=" + status + "</p>",
				"<p>path=" + path + "</p>");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "broken-syntax", "broken-fragment", "broken-expression" })
	void renderWhenTemplateFailsShouldWriteStaticPageWithStatusAndLogOnce(String folder, CapturedOutput output) {
		for (int i = 0; i < 2; i++) {
			assertStaticPage(ErrorPageRequests.get(this.port, "/" + folder + "/no-such-page"), 404);
			assertStaticPage(ErrorPageRequests.get(this.port, "/" + folder + "/boom"), 500);
		}
		String template = folder + "/error/error";
		assertThat(occurrences(output, "Error page template '" + template + "' failed to render")).isOne();
		// Thymeleaf logs each failure itself, so the template is not tried again
		assertThat(occurrences(output, "Exception processing template \"" + template + "\"")).isOne();
	}

	private static int occurrences(CapturedOutput output, String text) {
		return output.getAll().split(Pattern.quote(text), -1).length - 1;
	}

	private static void assertStaticPage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).startsWith("<!DOCTYPE html>")
			.contains("<p>Error " + status + "</p>", "Go to the home page")
			.doesNotContain("before the failure", "Exception", "\tat ", "template=");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(FailingController.class)
	static class ChainApp {

	}

	@RestController
	static class FailingController {

		@GetMapping({ "/forbidden", "/blog/forbidden" })
		String forbidden() {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}

		@GetMapping({ "/boom", "/blog/boom", "/broken-syntax/boom", "/broken-fragment/boom",
				"/broken-expression/boom" })
		String boom() {
			throw new IllegalStateException("Simulated failure");
		}

	}

}
