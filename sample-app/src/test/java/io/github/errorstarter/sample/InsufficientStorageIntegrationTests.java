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
 * Tour stop 6: 507 Insufficient Storage, from {@code @ResponseStatus} and from a mapping
 * in {@code application.yml}.
 */
@SampleAppTest
class InsufficientStorageIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void uploadShouldAnswerInsufficientStorageWithTheReason() {
		HttpResponse<String> response = this.client.send("POST", "/api/uploads", null, null, "{}");
		JsonNode problem = assertProblem(response, 507);
		assertThat(problem.path("title").asText()).isEqualTo("Insufficient Storage");
		assertThat(problem.path("detail").asText()).isEqualTo("Not enough storage space to keep the upload.");
		assertThat(problem.path("code").asText()).isEqualTo("INSUFFICIENT_STORAGE");
		assertLeaksNothing(response);
	}

	@Test
	void exportMappedInApplicationYmlAsJsonShouldAnswerInsufficientStorage() {
		HttpResponse<String> response = this.client.get("/orders/export", JSON);
		JsonNode problem = assertProblem(response, 507);
		assertThat(problem.path("code").asText()).isEqualTo("EXPORT_STORAGE_FULL");
		assertThat(problem.path("type").asText()).isEqualTo("https://shop.acme.test/problems/export-storage-full");
		assertThat(problem.path("detail").asText()).startsWith("The export could not be saved");
		assertLeaksNothing(response);
	}

	@Test
	void exportMappedInApplicationYmlInBrowserShouldShowThePage() {
		HttpResponse<String> response = this.client.get("/orders/export", HTML);
		assertThat(assertPage(response, 507)).contains("The export could not be saved");
		assertLeaksNothing(response);
	}

}
