package io.github.errorstarter.conformance.integration;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that do not come from a controller's return path (filters, {@code sendError},
 * async handlers) come out in the same format.
 */
class ErrorSourcesIntegrationTests extends AbstractIntegrationTests {

	@Test
	void exceptionInFilterShouldGiveTheSameProblemFormat() {
		HttpResponse<String> response = this.http.get("/filter/boom", JSON);
		JsonNode problem = assertProblem(response, 503);
		assertThat(problem.path("instance").asText()).isEqualTo("/filter/boom");
		assertNoLeak(response, "filter-secret");
	}

	@Test
	void exceptionInFilterBeforeTheStarterShouldReachTheErrorController() {
		HttpResponse<String> response = this.http.get("/filter/early", JSON);
		JsonNode problem = assertProblem(response, 503);
		assertThat(problem.path("instance").asText()).isEqualTo("/filter/early");
		assertNoLeak(response, "filter-secret");
	}

	@Test
	void sendErrorShouldGiveTheSameProblemFormat() {
		HttpResponse<String> response = this.http.get("/api/forbidden", JSON);
		JsonNode problem = assertProblem(response, 403);
		assertThat(problem.path("code").asText()).isEqualTo("FORBIDDEN");
		assertThat(problem.path("instance").asText()).isEqualTo("/api/forbidden");
	}

	@Test
	void failedCompletableFutureShouldGoThroughThePipeline() {
		HttpResponse<String> response = this.http.get("/api/async-failure", JSON);
		JsonNode problem = assertProblem(response, 500);
		assertThat(problem.path("instance").asText()).isEqualTo("/api/async-failure");
		assertNoLeak(response, "async-hunter2");
	}

	@Test
	void asyncTimeoutShouldGive503() {
		JsonNode problem = assertProblem(this.http.get("/api/async-timeout", JSON), 503);
		assertThat(problem.path("code").asText()).isEqualTo("REQUEST_TIMEOUT");
	}

	@Test
	void handlerThatWroteThroughTheWriterThenFailedShouldGetOnlyTheProblemBody() {
		HttpResponse<String> response = this.http.get("/api/half-written", JSON);
		JsonNode problem = assertProblem(response, 500);
		assertThat(problem.path("instance").asText()).isEqualTo("/api/half-written");
		assertThat(response.body()).doesNotContain("partial row");
		assertNoLeak(response, "half-way");
	}

	@Test
	void directRequestToErrorPathShouldGive404() {
		assertProblem(this.http.get("/error", JSON), 404);
	}

}
