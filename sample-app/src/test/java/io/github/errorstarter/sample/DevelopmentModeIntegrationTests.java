package io.github.errorstarter.sample;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.JSON;
import static io.github.errorstarter.sample.SampleAppClient.assertPage;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 12: the {@code dev} profile shows messages and stack traces, and warns at
 * startup. The only test class with a context of its own, as it needs another profile.
 */
@SampleAppTest
@ActiveProfiles("dev")
@ExtendWith(OutputCaptureExtension.class)
class DevelopmentModeIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void startupShouldWarnThatDevelopmentModeIsOn(CapturedOutput output) {
		assertThat(output).contains("WARN")
			.contains("Development mode of error-starter is ON")
			.contains("errors.include-stacktrace=true")
			.contains("errors.include-message=always");
	}

	@Test
	void serverErrorAsJsonShouldShowMessageAndStackTrace() {
		JsonNode problem = assertProblem(this.client.get("/cause-error", JSON), 500);
		assertThat(problem.path("detail").asText()).startsWith("Simulated failure while loading the page");
		assertThat(problem.path("stackTrace").asText()).contains("java.lang.IllegalStateException")
			.contains("at io.github.errorstarter.sample.shop.HomeController.causeError");
	}

	@Test
	void serverErrorInBrowserShouldShowMessage() {
		HttpResponse<String> response = this.client.get("/cause-error", HTML);
		assertThat(assertPage(response, 500)).contains("Simulated failure while loading the page");
	}

	@Test
	void readmeExamplesShouldMatchWhatTheAppSends() {
		SoftAssertions softly = new SoftAssertions();
		List<ReadmeExamples.Example> examples = ReadmeExamples.inSection("### 12.");
		assertThat(examples).isNotEmpty();
		for (ReadmeExamples.Example example : examples) {
			example.assertMatches(example.send(this.client), softly);
		}
		softly.assertAll();
	}

}
