package io.github.errorstarter.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.JSON;
import static io.github.errorstarter.sample.SampleAppClient.assertPage;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 2: {@code /profile?username=}, a missing parameter and an unknown user.
 */
@SampleAppTest
class ProfileIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void profileOfKnownUserShouldRender() {
		assertThat(assertPage(this.client.get("/profile?username=alice", HTML), 200)).contains("Alice Anderson");
	}

	@Test
	void profileWithoutUsernameInBrowserShouldShowBadRequestPage() {
		assertThat(assertPage(this.client.get("/profile", HTML), 400)).contains("Bad Request").contains("username");
	}

	@Test
	void profileWithoutUsernameAsJsonShouldAnswerMissingParameter() {
		JsonNode problem = assertProblem(this.client.get("/profile", JSON), 400);
		assertThat(problem.path("code").asText()).isEqualTo("MISSING_PARAMETER");
		assertThat(problem.path("detail").asText()).contains("'username'");
	}

	@Test
	void profileOfUnknownUserInBrowserShouldShowNotFoundPage() {
		assertThat(assertPage(this.client.get("/profile?username=nobody", HTML), 404)).contains("Not Found")
			.contains("No customer is called &#39;nobody&#39;.");
	}

	@Test
	void profileOfUnknownUserAsJsonShouldAnswerNotFoundWithItsDescription() {
		JsonNode problem = assertProblem(this.client.get("/profile?username=nobody", JSON), 404);
		assertThat(problem.path("detail").asText()).isEqualTo("No customer is called 'nobody'.");
		assertThat(problem.path("type").asText()).isEqualTo("https://shop.acme.test/problems/not-found");
	}

}
