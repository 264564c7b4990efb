package io.github.errorstarter.conformance.hardening;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import io.github.errorstarter.conformance.app.Failures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults inside the error path against the real server: a template that throws, a
 * reporter that throws, a response already committed, a body that cannot be written. The
 * client gets the right status and a sane body (or, once committed, what was already
 * sent), the failure is logged once, and the server keeps serving.
 */
@ConformanceTest(AppConfiguration.HARDENING)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPathFaultsIntegrationTests {

	private final HttpTestClient http;

	ErrorPathFaultsIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@Test
	void templateThatThrowsShouldGiveTheBuiltInPageWithTheStatusAndBeLoggedOnce(CapturedOutput output) {
		String failure = "Error page template 'hardening-broken/error/500' failed to render";
		int before = occurrences(output, failure);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = get("/broken-page/boom", "text/html");
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).contains("</html>").doesNotContain(Failures.SECRET);
		}
		assertThat(occurrences(output, failure) - before).isOne();
		assertServerKeepsServing();
	}

	@Test
	void reporterThatThrowsShouldNotChangeTheAnswerAndBeLoggedOncePerError(CapturedOutput output) {
		int before = occurrences(output, "reporter down");
		HttpResponse<String> response = get("/reporter-fails", "application/json");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode problem = HttpTestClient.json(response);
		assertThat(problem.path("status").asInt()).isEqualTo(500);
		assertThat(response.body()).doesNotContain(Failures.SECRET).doesNotContain("reporter down");
		assertThat(occurrences(output, "reporter down") - before).isOne();
		assertServerKeepsServing();
	}

	@Test
	void committedResponseShouldBeLeftAloneAndLoggedOnce(CapturedOutput output) {
		int before = occurrences(output, "GET /committed");
		HttpResponse<String> response = get("/committed", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("partial answer");
		assertThat(occurrences(output, "GET /committed") - before).isOne();
		assertServerKeepsServing();
	}

	@Test
	void bodyThatCannotBeWrittenShouldStillGiveTheStatusAndAProblem(CapturedOutput output) {
		int before = occurrences(output, "Could not write the problem body");
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> response = get("/unwritable/409", "application/json");
			assertThat(response.statusCode()).isEqualTo(409);
			JsonNode problem = HttpTestClient.json(response);
			assertThat(problem.path("status").asInt()).isEqualTo(409);
			assertThat(problem.path("title").asText()).isEqualTo("Conflict");
			assertThat(response.body()).doesNotContain(Failures.SECRET);
		}
		assertThat(occurrences(output, "Could not write the problem body") - before).isOne();
		assertThat(output.getAll()).doesNotContain("Failure in @ExceptionHandler");
		assertServerKeepsServing();
	}

	private void assertServerKeepsServing() {
		HttpResponse<String> response = get("/ok", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("ok");
	}

	private HttpResponse<String> get(String path, String accept) {
		return this.http.get(path, accept);
	}

	private static int occurrences(CapturedOutput output, String text) {
		String all = output.getAll();
		int count = 0;
		for (int index = all.indexOf(text); index >= 0; index = all.indexOf(text, index + text.length())) {
			count++;
		}
		return count;
	}

}
