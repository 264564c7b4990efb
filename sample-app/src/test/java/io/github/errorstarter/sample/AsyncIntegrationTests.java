package io.github.errorstarter.sample;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.assertLeaksNothing;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 9: an async endpoint that fails, and one that times out
 * ({@code spring.mvc.async.request-timeout}, shortened for the tests).
 */
@SampleAppTest
@ExtendWith(OutputCaptureExtension.class)
class AsyncIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void failingFutureShouldAnswerGenericServerErrorAndLogTheCause(CapturedOutput output) {
		HttpResponse<String> response = this.client.get("/api/reports/daily", null);
		JsonNode problem = assertProblem(response, 500);
		assertThat(problem.path("instance").asText()).isEqualTo("/api/reports/daily");
		assertLeaksNothing(response);
		assertThat(output).contains("GET /api/reports/daily -> 500")
			.contains("java.lang.IllegalStateException: Reporting database at 10.0.4.2");
	}

	@Test
	void futureSlowerThanTheTimeoutShouldAnswerServiceUnavailable() {
		JsonNode problem = assertProblem(this.client.get("/api/reports/yearly", null), 503);
		assertThat(problem.path("instance").asText()).isEqualTo("/api/reports/yearly");
	}

}
