package io.github.errorstarter.conformance.report;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 5xx the pipeline handles still marks the request's observation as failed, so
 * {@code http.server.requests} carries the exception as it does for unhandled ones. Read
 * through Actuator's {@code metrics} endpoint, which lists the values of every tag of the
 * timers that match.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
class ErrorMetricsIntegrationTests {

	private final HttpTestClient http;

	ErrorMetricsIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@Test
	void handledServerErrorShouldTagRequestMetricWithException() throws InterruptedException {
		assertThat(this.http.getJson("/users/7").statusCode()).isEqualTo(500);
		Map<String, List<String>> tags = awaitTimerTags("/users/{id}");
		assertThat(tags).isNotNull();
		assertThat(tags.get("exception")).containsExactly("UserLookupException");
		assertThat(tags.get("outcome")).containsExactly("SERVER_ERROR");
		assertThat(tags.get("status")).containsExactly("500");
	}

	@Test
	void clientErrorShouldNotTagRequestMetricWithException() throws InterruptedException {
		assertThat(this.http.getJson("/not-found").statusCode()).isEqualTo(404);
		Map<String, List<String>> tags = awaitTimerTags("/not-found");
		assertThat(tags).isNotNull();
		assertThat(tags.get("exception")).containsExactly("none");
	}

	// the observation stops after the response is written, so the timer may lag the
	// client; null when it did not come within the bound
	private Map<String, List<String>> awaitTimerTags(String uri) throws InterruptedException {
		String path = "/actuator/metrics/http.server.requests?tag="
				+ URLEncoder.encode("uri:" + uri, StandardCharsets.UTF_8);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		HttpResponse<String> response = this.http.getJson(path);
		while (response.statusCode() == 404 && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
			response = this.http.getJson(path);
		}
		if (response.statusCode() != 200) {
			return null;
		}
		Map<String, List<String>> tags = new HashMap<>();
		for (JsonNode tag : HttpTestClient.json(response).path("availableTags")) {
			List<String> values = new ArrayList<>();
			tag.path("values").forEach((value) -> values.add(value.asText()));
			tags.put(tag.path("tag").asText(), values);
		}
		return tags;
	}

}
