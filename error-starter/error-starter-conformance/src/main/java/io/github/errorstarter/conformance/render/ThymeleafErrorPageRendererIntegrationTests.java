package io.github.errorstarter.conformance.render;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template lookup and the failsafe. The fixture templates under
 * {@code conformance/pages-chain/} name their own path, so each answer shows which
 * template won.
 */
@ConformanceTest(AppConfiguration.TEMPLATE_CHAIN)
@ExtendWith(OutputCaptureExtension.class)
class ThymeleafErrorPageRendererIntegrationTests {

	private final HttpTestClient http;

	ThymeleafErrorPageRendererIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	// the app's own error/404.html (at the root of its template prefix, as in
	// templates/error/404.html) wins over the starter's default page, and gets the model
	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/blog/no-such-post | 404 | blog/error/404   | NOT_FOUND             | Not Found
			/blog/forbidden    | 403 | blog/error/4xx   | FORBIDDEN             | Forbidden
			/blog/boom         | 500 | blog/error/error | INTERNAL_SERVER_ERROR | Internal Server Error
			/no-such-page      | 404 | error/404        | NOT_FOUND             | Not Found
			/forbidden         | 403 | error/4xx        | FORBIDDEN             | Forbidden
			/boom              | 500 | error            | INTERNAL_SERVER_ERROR | Internal Server Error
			""")
	void renderShouldUseTheMostSpecificTemplate(String path, int status, String template, String code, String title) {
		HttpResponse<String> response = this.http.getPage(path);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).contains("<title>" + title + "</title>", "<p>template=" + template + "</p>",
				"<p>status=" + status + "</p>", "<p>code=" + code + "</p>", "<p>path=" + path + "</p>");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "broken-syntax", "broken-fragment", "broken-expression" })
	void renderWhenTemplateFailsShouldWriteStaticPageWithStatusAndLogOnce(String folder, CapturedOutput output) {
		for (int i = 0; i < 2; i++) {
			assertStaticPage(this.http.getPage("/" + folder + "/no-such-page"), 404);
			assertStaticPage(this.http.getPage("/" + folder + "/boom"), 500);
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

}
