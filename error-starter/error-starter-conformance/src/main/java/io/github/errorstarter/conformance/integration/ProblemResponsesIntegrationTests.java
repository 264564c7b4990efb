package io.github.errorstarter.conformance.integration;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exceptions of every kind come out as RFC 9457 problem bodies with the right status.
 */
class ProblemResponsesIntegrationTests extends AbstractIntegrationTests {

	@Test
	void unknownUrlShouldAnswer404() {
		HttpResponse<String> response = this.http.get("/no/such/page", JSON);
		JsonNode problem = assertProblem(response, 404);
		assertThat(problem.path("code").asText()).isEqualTo("NOT_FOUND");
		assertThat(problem.path("instance").asText()).isEqualTo("/no/such/page");
		assertThat(problem.path("type").asText()).isEqualTo("about:blank");
	}

	@Test
	void problemBodyShouldListItsMembersInRfc9457OrderOnEveryLine() {
		// Jackson 3 sorts members alphabetically unless told otherwise: clients that diff
		// bodies or snapshot them must see the same text whichever Boot line answers
		String body = this.http.get("/api/missing", JSON).body();
		assertThat(body).startsWith("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
				+ "\"detail\":\"Resource not found\",\"instance\":\"/api/missing\",\"code\":");
	}

	@Test
	void responseStatusExceptionShouldKeepItsStatusAndDetail() {
		JsonNode problem = assertProblem(this.http.get("/api/missing", JSON), 404);
		assertThat(problem.path("detail").asText()).isEqualTo("Resource not found");
		assertThat(problem.path("title").asText()).isEqualTo("Not Found");
		assertThat(problem.path("instance").asText()).isEqualTo("/api/missing");
	}

	@Test
	void responseStatusAnnotationShouldGive507WithItsReason() {
		JsonNode problem = assertProblem(this.http.get("/api/quota", JSON), 507);
		assertThat(problem.path("detail").asText()).isEqualTo("The disk quota is exceeded");
		assertThat(problem.path("code").asText()).isEqualTo("QUOTA_EXCEEDED");
		assertThat(problem.path("title").asText()).isEqualTo("Insufficient Storage");
	}

	@Test
	void exceptionMappedOnlyInYamlShouldGive507() {
		HttpResponse<String> response = this.http.get("/api/storage", JSON);
		JsonNode problem = assertProblem(response, 507);
		assertThat(problem.path("code").asText()).isEqualTo("STORAGE_FULL");
		assertThat(problem.path("instance").asText()).isEqualTo("/api/storage");
		// a 5xx never shows the exception's own message
		assertNoLeak(response, "volume /data is full");
	}

	@Test
	void statusWithoutSpringConstantShouldWork() {
		JsonNode problem = assertProblem(this.http.get("/api/unusual", JSON), 599);
		assertThat(problem.path("code").asText()).isEqualTo("UNUSUAL_STATUS");
		assertThat(problem.path("title").asText()).isEqualTo("Server Error");
	}

	@Test
	void errorResponseExceptionShouldKeepItsDetailTypeAndProperties() {
		JsonNode problem = assertProblem(this.http.get("/api/invalid-usage", JSON), 400);
		assertThat(problem.path("detail").asText()).isEqualTo("The user id must be numeric");
		assertThat(problem.path("type").asText()).isEqualTo("https://example.com/problems/invalid-api-usage");
		assertThat(problem.path("userId").asText()).isEqualTo("abc");
		assertThat(problem.path("hint").asText()).isEqualTo("use digits");
		assertThat(problem.path("code").asText()).isEqualTo("INVALID_API_USAGE");
	}

	@Test
	void unhandledExceptionShouldGive500WithoutSecretOrStackTrace() {
		HttpResponse<String> response = this.http.get("/api/secret", JSON);
		JsonNode problem = assertProblem(response, 500);
		assertThat(problem.path("code").asText()).isEqualTo("INTERNAL_SERVER_ERROR");
		assertThat(problem.path("detail").asText()).isEqualTo("An unexpected error occurred on the server.");
		assertThat(problem.path("instance").asText()).isEqualTo("/api/secret");
		assertThat(problem.path("requestId").asText()).isNotBlank();
		assertNoLeak(response, "hunter2");
		assertNoLeak(response, "db.internal");
		assertNoLeak(response, "IllegalStateException");
	}

	@Test
	void mostSpecificMappingShouldWin() {
		HttpResponse<String> connect = this.http.get("/api/io/connect", JSON);
		assertProblem(connect, 502);
		assertNoLeak(connect, "payments.internal");
		HttpResponse<String> timeout = this.http.get("/api/io/timeout", JSON);
		assertProblem(timeout, 503);
		assertNoLeak(timeout, "payments.internal");
	}

	@Test
	void appOwnExceptionHandlerShouldWin() {
		HttpResponse<String> response = this.http.get("/api/teapot", JSON);
		assertThat(response.statusCode()).isEqualTo(418);
		assertThat(response.body()).isEqualTo("handled by the app");
	}

}
