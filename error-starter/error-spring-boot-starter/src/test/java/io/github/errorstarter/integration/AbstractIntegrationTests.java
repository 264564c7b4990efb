package io.github.errorstarter.integration;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration tests: all share one application context on a random port, so
 * Spring's test context cache starts Tomcat once for all of them.
 */
@SpringBootTest(classes = IntegrationTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"server.address=127.0.0.1", "errors.exceptions.[java.io.IOException].status=503",
		"errors.exceptions.[java.net.ConnectException].status=502",
		"errors.exceptions.[io.github.errorstarter.integration.ScenarioExceptions$StorageFullException].status=507",
		"errors.exceptions.[io.github.errorstarter.integration.ScenarioExceptions$UnusualStatusException].status=599",
		"errors.paths[0].pattern=/api/**", "errors.paths[0].format=json" })
abstract class AbstractIntegrationTests {

	static final String JSON = "application/json";

	static final String PROBLEM_JSON = "application/problem+json";

	@LocalServerPort
	int port;

	HttpTestClient http;

	@BeforeEach
	void createClient() {
		this.http = new HttpTestClient(this.port);
	}

	/**
	 * Assert the response is a problem body with the given status, and return it.
	 */
	static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode problem = HttpTestClient.json(response);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asText()).isNotBlank();
		assertThat(problem.has("type")).isTrue();
		assertThat(problem.has("code")).isTrue();
		return problem;
	}

	/**
	 * Assert nothing of the secret and no stack frame leaks into the response.
	 */
	static void assertNoLeak(HttpResponse<String> response, String secret) {
		String everything = response.headers().map() + "\n" + response.body();
		assertThat(everything).doesNotContain(secret).doesNotContain("\tat ").doesNotContain("Exception:");
		assertThat(everything).doesNotContainPattern("at [a-z]+\\.[a-zA-Z.$]+\\(");
	}

}
