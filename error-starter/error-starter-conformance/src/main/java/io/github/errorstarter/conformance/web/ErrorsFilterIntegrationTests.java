package io.github.errorstarter.conformance.web;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exceptions that escape the filter chain are handled by {@code ErrorsFilter}: answered
 * by the pipeline and logged once, never again by the container.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
@ExtendWith(OutputCaptureExtension.class)
class ErrorsFilterIntegrationTests {

	private static final String CONTAINER_LOG = "Servlet.service()";

	private final HttpTestClient http;

	ErrorsFilterIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@Test
	void exceptionFromLaterFilterShouldBeHandledAndLoggedOnce(CapturedOutput output) {
		HttpResponse<String> response = this.http.getJson("/filter-boom");
		assertProblem(response, "/filter-boom");
		assertLoggedOnce(output, "GET /filter-boom -> 500", "java.lang.IllegalStateException: later filter boom");
	}

	@Test
	void exceptionFromViewRenderingShouldBeHandledAndLoggedOnce(CapturedOutput output) {
		HttpResponse<String> response = this.http.getJson("/view-boom");
		assertProblem(response, "/view-boom");
		assertLoggedOnce(output, "GET /view-boom -> 500", "java.lang.IllegalStateException: view boom");
	}

	@Test
	void exceptionAfterCommitShouldLeaveResponseAloneAndBeLoggedOnce(CapturedOutput output) {
		HttpResponse<String> response = this.http.getJson("/commit-then-boom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("partial");
		assertLoggedOnce(output, "GET /commit-then-boom -> 500", "java.lang.IllegalStateException: boom after commit");
	}

	@Test
	void exceptionFromAsyncHandlerShouldBeHandled(CapturedOutput output) {
		HttpResponse<String> response = this.http.getJson("/async-boom");
		assertProblem(response, "/async-boom");
		assertLoggedOnce(output, "GET /async-boom -> 500", "java.lang.IllegalStateException: async boom");
	}

	@Test
	void exceptionFromEarlierFilterShouldReachErrorController() {
		HttpResponse<String> response = this.http.getJson("/early-filter-boom");
		assertProblem(response, "/early-filter-boom");
	}

	@Test
	void sendErrorShouldReachErrorController() {
		HttpResponse<String> response = this.http.getJson("/send-error");
		assertProblem(response, "/send-error");
	}

	private static void assertProblem(HttpResponse<String> response, String path) {
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":500").contains("\"instance\":\"" + path + "\"");
	}

	private static void assertLoggedOnce(CapturedOutput output, String line, String exception) {
		assertThat(output.toString().split(Pattern.quote(line), -1)).hasSize(2);
		assertThat(output.toString().split(Pattern.quote(exception), -1)).hasSize(2);
		assertThat(output).doesNotContain(CONTAINER_LOG);
	}

}
