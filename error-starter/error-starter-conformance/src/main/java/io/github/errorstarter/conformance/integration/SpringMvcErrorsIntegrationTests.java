package io.github.errorstarter.conformance.integration;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring MVC's own exceptions (wrong method, media type, bad input, validation) go
 * through the same pipeline, keep their headers and never become a 500.
 */
class SpringMvcErrorsIntegrationTests extends AbstractIntegrationTests {

	@Test
	void wrongMethodShouldGive405WithAllow() {
		HttpResponse<String> response = this.http.send("DELETE", "/api/missing", JSON, null, null);
		JsonNode problem = assertProblem(response, 405);
		assertThat(problem.path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
	}

	@Test
	void unsupportedContentTypeShouldGive415() {
		HttpResponse<String> response = this.http.send("POST", "/api/items", JSON, "text/plain", "name=x");
		JsonNode problem = assertProblem(response, 415);
		assertThat(problem.path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		assertThat(response.headers().firstValue("Accept")).isPresent();
	}

	@Test
	void missingParameterShouldGive400() {
		JsonNode problem = assertProblem(this.http.get("/api/search", JSON), 400);
		assertThat(problem.path("code").asText()).isEqualTo("MISSING_PARAMETER");
		assertThat(problem.path("detail").asText()).contains("'q'");
	}

	@Test
	void typeMismatchShouldGive400() {
		JsonNode problem = assertProblem(this.http.get("/api/items/abc", JSON), 400);
		assertThat(problem.path("code").asText()).isEqualTo("TYPE_MISMATCH");
	}

	@Test
	void malformedJsonShouldGive400() {
		HttpResponse<String> response = this.http.send("POST", "/api/items", JSON, JSON, "{\"name\": ");
		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_REQUEST_BODY");
		// whichever Jackson parsed it: com.fasterxml.jackson (2) or tools.jackson (3)
		assertNoLeak(response, "jackson");
	}

	@Test
	void invalidBodyShouldListEveryFieldError() {
		HttpResponse<String> response = this.http.send("POST", "/api/items", JSON, JSON,
				"{\"name\": \"\", \"quantity\": 0}");
		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
		JsonNode errors = problem.path("errors");
		assertThat(errors.size()).isEqualTo(2);
		// in the order the record declares its components
		assertThat(errors.findValuesAsText("field")).containsExactly("name", "quantity");
		assertThat(errors.findValuesAsText("pointer")).containsExactly("#/name", "#/quantity");
		assertThat(errors.findValuesAsText("code")).containsExactly("NotBlank", "Min");
		assertThat(errors.findValuesAsText("message")).allSatisfy((message) -> assertThat(message).isNotBlank());
	}

	@Test
	void invalidBodyShouldListFieldErrorsInTheSameOrderOnEveryCall() {
		Set<String> bodies = new HashSet<>();
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> response = this.http.send("POST", "/api/items", JSON, JSON,
					"{\"name\": \"\", \"quantity\": 0}");
			bodies.add(assertProblem(response, 400).path("errors").toString());
		}
		assertThat(bodies).hasSize(1);
	}

}
