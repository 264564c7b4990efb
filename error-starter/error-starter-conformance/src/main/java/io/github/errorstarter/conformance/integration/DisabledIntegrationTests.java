package io.github.errorstarter.conformance.integration;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code errors.enabled=false}, Spring Boot's own error handling comes back
 * untouched.
 */
@ConformanceTest(AppConfiguration.ERRORS_DISABLED)
class DisabledIntegrationTests {

	private final HttpTestClient http;

	DisabledIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@Test
	void unknownUrlShouldGetSpringBootsOwnBody() {
		HttpResponse<String> response = this.http.get("/no/such/page", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode body = HttpTestClient.json(response);
		assertThat(body.has("timestamp")).isTrue();
		assertThat(body.path("error").asText()).isEqualTo("Not Found");
		assertThat(body.path("path").asText()).isEqualTo("/no/such/page");
		assertThat(body.has("code")).isFalse();
	}

	@Test
	void browserShouldGetSpringBootsWhitelabelPage() {
		HttpResponse<String> response = this.http.get("/no/such/page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Whitelabel Error Page");
	}

}
