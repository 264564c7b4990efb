package io.github.errorstarter.conformance.integration;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration tests: all share the {@link AppConfiguration#SCENARIOS} app.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
abstract class AbstractIntegrationTests {

	static final String JSON = HttpTestClient.JSON;

	static final String PROBLEM_JSON = HttpTestClient.PROBLEM_JSON;

	HttpTestClient http;

	@BeforeEach
	void createClient(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	// assert the response is a problem body with the given status, and return it
	static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode problem = HttpTestClient.json(response);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asText()).isNotBlank();
		assertThat(problem.has("type")).isTrue();
		assertThat(problem.path("code").asText()).isNotBlank();
		// neither Boot's own error attributes nor ProblemDetail's properties map as such
		assertThat(problem.has("timestamp")).isFalse();
		assertThat(problem.has("properties")).isFalse();
		return problem;
	}

	// assert nothing of the secret and no stack frame leaks into the response
	static void assertNoLeak(HttpResponse<String> response, String secret) {
		String everything = response.headers().map() + "\n" + response.body();
		assertThat(everything).doesNotContain(secret).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(everything).doesNotContainPattern("at [a-z]+\\.[a-zA-Z.$]+\\(");
	}

}
