package io.github.errorstarter.sample;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.JSON;
import static io.github.errorstarter.sample.SampleAppClient.assertLeaksNothing;
import static io.github.errorstarter.sample.SampleAppClient.assertPage;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 1: a normal page, and {@code /cause-error}, which fails.
 */
@SampleAppTest
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void homePageShouldRenderTheShop() {
		String page = assertPage(this.client.get("/", HTML), 200);
		assertThat(page).contains("Welcome to Acme Shop").contains("Rocket skates");
	}

	@Test
	void causeErrorInBrowserShouldShowServerErrorPageWithoutTheSecret() {
		HttpResponse<String> response = this.client.get("/cause-error", HTML);
		assertThat(assertPage(response, 500)).contains("Internal Server Error");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertLeaksNothing(response);
	}

	@Test
	void causeErrorAsJsonShouldAnswerGenericProblemWithoutTheSecret() {
		HttpResponse<String> response = this.client.get("/cause-error", JSON);
		JsonNode problem = assertProblem(response, 500);
		assertThat(problem.path("detail").asText()).isEqualTo("An unexpected error occurred on the server.");
		assertThat(problem.path("instance").asText()).isEqualTo("/cause-error");
		assertThat(problem.has("stackTrace")).isFalse();
		assertLeaksNothing(response);
	}

	@Test
	void causeErrorShouldBeLoggedWithItsStackTrace(CapturedOutput output) {
		this.client.get("/cause-error", JSON);
		assertThat(output).contains("GET /cause-error -> 500 INTERNAL_SERVER_ERROR")
			.contains("java.lang.IllegalStateException: Simulated failure while loading the page")
			.contains("\tat io.github.errorstarter.sample.shop.HomeController.causeError");
	}

}
