package io.github.errorstarter.report;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ReportingTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ReportingTestApplication.LOCAL_ADDRESS, ReportingTestApplication.QUIET_EXCEPTION_LEVEL })
@ExtendWith(OutputCaptureExtension.class)
class LoggingErrorReporterIntegrationTests {

	@LocalServerPort
	private int port;

	@Test
	void serverErrorShouldBeLoggedOnceWithStackTrace(CapturedOutput output) {
		HttpResponse<String> response = TestHttp.getJson(this.port, "/boom?debug=1");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(count(output, "GET /boom -> 500 INTERNAL_SERVER_ERROR")).isEqualTo(1);
		assertThat(count(output, "java.lang.IllegalStateException: boom")).isEqualTo(1);
		assertThat(output)
			.contains("\tat io.github.errorstarter.report.ReportingTestApplication$FailingController.boom");
	}

	@Test
	void clientErrorShouldBeOneLineWithoutStackTrace(CapturedOutput output) {
		HttpResponse<String> response = TestHttp.getJson(this.port, "/not-found");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(output).contains("INFO").contains("GET /not-found -> 404 NOT_FOUND");
		assertThat(output).doesNotContain("ResponseStatusException").doesNotContain("\tat ");
	}

	@Test
	void noisyNotFoundShouldBeQuiet(CapturedOutput output) {
		assertThat(TestHttp.get(this.port, "/favicon.ico", "image/*").statusCode()).isEqualTo(404);
		assertThat(TestHttp.getJson(this.port, "/robots.txt").statusCode()).isEqualTo(404);
		assertThat(TestHttp.getJson(this.port, "/no-such-page").statusCode()).isEqualTo(404);
		assertThat(output).contains("GET /no-such-page -> 404")
			.doesNotContain("favicon.ico")
			.doesNotContain("robots.txt");
	}

	@Test
	void exceptionClassWithLevelOffShouldNotBeLogged(CapturedOutput output) {
		assertThat(TestHttp.getJson(this.port, "/quiet-boom").statusCode()).isEqualTo(500);
		assertThat(output).doesNotContain("/quiet-boom").doesNotContain("QuietException");
	}

	@Test
	void stormOfSameStackShouldLogStackTraceOnceAndCountRepeats(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			assertThat(TestHttp.getJson(this.port, "/storm").statusCode()).isEqualTo(500);
		}
		assertThat(count(output, "GET /storm -> 500 INTERNAL_SERVER_ERROR")).isEqualTo(3);
		assertThat(count(output, "\tat io.github.errorstarter.report.ReportingTestApplication$FailingController.storm"))
			.isEqualTo(1);
		assertThat(output)
			.contains("java.lang.IllegalStateException: storm at "
					+ "io.github.errorstarter.report.ReportingTestApplication$FailingController.storm(")
			.contains("[repeat 1 of this stack since")
			.contains("[repeat 2 of this stack since");
	}

	private static int count(CharSequence output, String text) {
		Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(output);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
