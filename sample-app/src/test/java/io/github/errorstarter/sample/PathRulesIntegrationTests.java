package io.github.errorstarter.sample;

import java.net.http.HttpResponse;

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
 * Tour stop 7: {@code /blog/**} with its own 404 page, {@code /api/**} always JSON.
 */
@SampleAppTest
class PathRulesIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void blogShouldListItsPosts() {
		assertThat(assertPage(this.client.get("/blog", HTML), 200)).contains("How to choose an anvil")
			.contains("href=\"/blog/welcome\"");
	}

	@Test
	void blogPostShouldRender() {
		assertThat(assertPage(this.client.get("/blog/welcome", HTML), 200)).contains("Welcome to the Acme Shop blog");
	}

	@Test
	void unknownBlogPostInBrowserShouldShowNotFoundPage() {
		assertThat(assertPage(this.client.get("/blog/no-such-post", HTML), 404)).contains("Not Found");
	}

	@Test
	void unknownBlogPostAsJsonShouldAnswerNotFoundProblem() {
		JsonNode problem = assertProblem(this.client.get("/blog/no-such-post", JSON), 404);
		assertThat(problem.path("detail").asText()).isEqualTo("There is no blog post called 'no-such-post'.");
	}

	@Test
	void unknownBlogPathInBrowserShouldShowNotFoundPage() {
		assertPage(this.client.get("/blog/2026/no/such/page", HTML), 404);
	}

	@Test
	void unknownApiPathAskedByBrowserShouldAnswerJson() {
		JsonNode problem = assertProblem(this.client.get("/api/no-such-thing", HTML), 404);
		assertThat(problem.path("instance").asText()).isEqualTo("/api/no-such-thing");
	}

	@Test
	void wrongMethodOnApiShouldAnswerMethodNotAllowedWithAllow() {
		HttpResponse<String> response = this.client.send("DELETE", "/api/users?user_id=1", HTML, null, null);
		JsonNode problem = assertProblem(response, 405);
		assertThat(problem.path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
	}

}
