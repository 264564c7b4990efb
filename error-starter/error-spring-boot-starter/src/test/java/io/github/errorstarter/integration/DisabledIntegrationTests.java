package io.github.errorstarter.integration;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code errors.enabled=false}, Spring Boot's own error handling comes back
 * untouched.
 */
@SpringBootTest(classes = IntegrationTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "errors.enabled=false" })
class DisabledIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void unknownUrlShouldGetSpringBootsOwnBody() {
		HttpResponse<String> response = new HttpTestClient(this.port).get("/no/such/page", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode body = HttpTestClient.json(response);
		assertThat(body.has("timestamp")).isTrue();
		assertThat(body.path("error").asText()).isEqualTo("Not Found");
		assertThat(body.path("path").asText()).isEqualTo("/no/such/page");
		assertThat(body.has("code")).isFalse();
	}

	@Test
	void browserShouldGetSpringBootsWhitelabelPage() {
		HttpResponse<String> response = new HttpTestClient(this.port).get("/no/such/page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Whitelabel Error Page");
	}

}
