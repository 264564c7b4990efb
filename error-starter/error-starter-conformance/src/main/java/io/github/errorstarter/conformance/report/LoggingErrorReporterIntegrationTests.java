package io.github.errorstarter.conformance.report;

import java.net.http.HttpResponse;

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
 * What the logging reporter writes for server and client errors, noisy 404s, an exception
 * whose level is off, and a storm of one stack.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
@ExtendWith(OutputCaptureExtension.class)
class LoggingErrorReporterIntegrationTests {

	private final HttpTestClient http;

	LoggingErrorReporterIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@Test
	void serverErrorShouldBeLoggedOnceWithStackTrace(CapturedOutput output) {
		HttpResponse<String> response = this.http.getJson("/boom?debug=1");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(count(output, "GET /boom -> 500 INTERNAL_SERVER_ERROR")).isEqualTo(1);
		assertThat(count(output, "java.lang.IllegalStateException: boom")).isEqualTo(1);
		assertThat(output).contains("\tat io.github.errorstarter.conformance.app.Failures.boom");
	}

	@Test
	void clientErrorShouldBeOneLineWithoutStackTrace(CapturedOutput output) {
		HttpResponse<String> response = this.http.getJson("/not-found");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(output).contains("INFO").contains("GET /not-found -> 404 NOT_FOUND");
		assertThat(output).doesNotContain("ResponseStatusException").doesNotContain("\tat ");
	}

	@Test
	void noisyNotFoundShouldBeQuiet(CapturedOutput output) {
		assertThat(this.http.get("/favicon.ico", "image/*").statusCode()).isEqualTo(404);
		assertThat(this.http.getJson("/robots.txt").statusCode()).isEqualTo(404);
		assertThat(this.http.getJson("/no-such-page").statusCode()).isEqualTo(404);
		assertThat(output).contains("GET /no-such-page -> 404")
			.doesNotContain("favicon.ico")
			.doesNotContain("robots.txt");
	}

	@Test
	void exceptionClassWithLevelOffShouldNotBeLogged(CapturedOutput output) {
		assertThat(this.http.getJson("/quiet-boom").statusCode()).isEqualTo(500);
		assertThat(output).doesNotContain("/quiet-boom").doesNotContain("QuietException");
	}

	@Test
	void stormOfSameStackShouldLogStackTraceOnceAndCountRepeats(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.getJson("/storm").statusCode()).isEqualTo(500);
		}
		assertThat(count(output, "GET /storm -> 500 INTERNAL_SERVER_ERROR")).isEqualTo(3);
		assertThat(count(output, "\tat io.github.errorstarter.conformance.app.Failures.storm")).isEqualTo(1);
		assertThat(output)
			.contains("java.lang.IllegalStateException: storm at "
					+ "io.github.errorstarter.conformance.app.Failures.storm(")
			.contains("[repeat 1 of this stack since")
			.contains("[repeat 2 of this stack since");
	}

	private static int count(CharSequence output, String text) {
		String all = output.toString();
		int count = 0;
		for (int index = all.indexOf(text); index >= 0; index = all.indexOf(text, index + text.length())) {
			count++;
		}
		return count;
	}

}
