package io.github.errorstarter.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static io.github.errorstarter.sample.SampleAppClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 3: {@code /api/users?user_id=}, Flask's {@code InvalidAPIUsage} with a
 * payload.
 */
@SampleAppTest
class InvalidApiUsageIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void knownUserShouldBeReturned() {
		var response = this.client.get("/api/users?user_id=1", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("username").asText()).isEqualTo("alice");
	}

	@Test
	void missingUserIdShouldAnswerBadRequestWithPayload() {
		JsonNode problem = assertProblem(this.client.get("/api/users", null), 400);
		assertThat(problem.path("detail").asText()).isEqualTo("No user id provided!");
		assertThat(problem.path("parameter").asText()).isEqualTo("user_id");
		assertThat(problem.path("code").asText()).isEqualTo("INVALID_API_USAGE");
		assertThat(problem.path("instance").asText()).isEqualTo("/api/users");
	}

	@Test
	void unknownUserShouldAnswerNotFoundWithPayload() {
		JsonNode problem = assertProblem(this.client.get("/api/users?user_id=42", null), 404);
		assertThat(problem.path("detail").asText()).isEqualTo("No such user!");
		assertThat(problem.path("user_id").asText()).isEqualTo("42");
	}

	@Test
	void unknownUserAskedByBrowserShouldStillAnswerJson() {
		JsonNode problem = assertProblem(this.client.get("/api/users?user_id=42", HTML), 404);
		assertThat(problem.path("user_id").asText()).isEqualTo("42");
	}

}
