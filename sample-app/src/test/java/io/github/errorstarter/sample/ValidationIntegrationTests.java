package io.github.errorstarter.sample;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static io.github.errorstarter.sample.SampleAppClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 10: validation of a JSON body, with one entry per field error.
 */
@SampleAppTest
class ValidationIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void validOrderShouldBeCreated() {
		HttpResponse<String> response = this.client.send("POST", "/api/orders", null, null,
				"{\"productId\":\"anvil\",\"quantity\":1,\"email\":\"wile@acme.test\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json(response).path("orderId").asText()).startsWith("A-");
	}

	@Test
	void invalidOrderShouldAnswerBadRequestWithEveryFieldError() {
		HttpResponse<String> response = this.client.send("POST", "/api/orders", null, null,
				"{\"productId\":\"\",\"quantity\":0,\"email\":\"not-an-email\"}");
		JsonNode problem = assertProblem(response, 400);
		assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
		assertThat(fields(problem)).containsExactlyInAnyOrder("productId", "quantity", "email");
		assertThat(problem.path("errors")).allSatisfy((error) -> {
			assertThat(error.path("message").asText()).isNotBlank();
			assertThat(error.path("code").asText()).isNotBlank();
		});
	}

	@Test
	void invalidOrderFromBrowserShouldStillAnswerJson() {
		HttpResponse<String> response = this.client.send("POST", "/api/orders", HTML, null,
				"{\"productId\":\"anvil\",\"quantity\":11,\"email\":\"wile@acme.test\"}");
		assertThat(fields(assertProblem(response, 400))).containsExactly("quantity");
	}

	@Test
	void malformedBodyShouldAnswerBadRequest() {
		JsonNode problem = assertProblem(this.client.send("POST", "/api/orders", null, null, "{\"productId\":"), 400);
		assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_REQUEST_BODY");
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.path("errors").forEach((error) -> fields.add(error.path("field").asText()));
		return fields;
	}

}
