package io.github.errorstarter.sample;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.JSON;
import static io.github.errorstarter.sample.SampleAppClient.assertLeaksNothing;
import static io.github.errorstarter.sample.SampleAppClient.assertPage;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 8: an exception hierarchy mapped in {@code application.yml}, the most
 * specific mapping winning.
 */
@SampleAppTest
class ExceptionHierarchyIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void checkoutShouldRender() {
		assertThat(assertPage(this.client.get("/checkout", HTML), 200)).contains("Checkout");
	}

	@Test
	void subclassWithoutMappingAsJsonShouldInheritParentServiceUnavailable() {
		HttpResponse<String> response = this.client.get("/checkout?simulate=outage", JSON);
		JsonNode problem = assertProblem(response, 503);
		assertThat(problem.path("code").asText()).isEqualTo("PAYMENT_UNAVAILABLE");
		assertThat(problem.path("title").asText()).isEqualTo("Payments Unavailable");
		assertThat(problem.path("detail").asText()).contains("Your card was not charged");
		assertLeaksNothing(response);
	}

	@Test
	void subclassWithoutMappingInBrowserShouldShowServiceUnavailablePage() {
		HttpResponse<String> response = this.client.get("/checkout?simulate=outage", HTML);
		assertThat(assertPage(response, 503)).contains("Payments Unavailable");
		assertLeaksNothing(response);
	}

	@Test
	void subclassWithOwnMappingAsJsonShouldWinWithBadGateway() {
		HttpResponse<String> response = this.client.get("/checkout?simulate=bad-response", JSON);
		JsonNode problem = assertProblem(response, 502);
		assertThat(problem.path("code").asText()).isEqualTo("PAYMENT_GATEWAY_ERROR");
		assertThat(problem.path("title").asText()).isEqualTo("Bad Gateway");
		assertLeaksNothing(response);
	}

	@Test
	void subclassWithOwnMappingInBrowserShouldShowBadGatewayPage() {
		HttpResponse<String> response = this.client.get("/checkout?simulate=bad-response", HTML);
		assertThat(assertPage(response, 502)).contains("Bad Gateway");
		assertLeaksNothing(response);
	}

}
