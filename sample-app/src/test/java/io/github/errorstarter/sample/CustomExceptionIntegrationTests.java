package io.github.errorstarter.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static io.github.errorstarter.sample.SampleAppClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 4: {@code /api/process}, a custom exception answered as 422 with its
 * description.
 */
@SampleAppTest
class CustomExceptionIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void processOrderInStockShouldShipIt() {
		var response = this.client.send("POST", "/api/process?order=A-1001", null, null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("status").asText()).isEqualTo("SHIPPED");
	}

	@Test
	void processOrderOutOfStockShouldAnswerUnprocessableWithItsDescription() {
		JsonNode problem = assertProblem(this.client.send("POST", "/api/process?order=A-1002", null, null, null), 422);
		assertThat(problem.path("detail").asText())
			.isEqualTo("Order A-1002 cannot be processed: 'Rocket skates' is out of stock.");
		assertThat(problem.path("code").asText()).isEqualTo("ORDER_NOT_PROCESSABLE");
		assertThat(problem.path("title").asText()).isEqualTo("Unprocessable Content");
	}

}
