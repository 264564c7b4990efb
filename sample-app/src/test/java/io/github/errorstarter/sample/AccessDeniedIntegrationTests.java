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
 * Tour stop 5: {@code /account/delete} without permission. Spring Security's 401 and 403
 * reach error-starter through the error controller.
 */
@SampleAppTest
class AccessDeniedIntegrationTests {

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void deleteAccountAsCustomerInBrowserShouldShowForbiddenPage() {
		String page = assertPage(this.client.send("GET", "/account/delete", HTML, "alice", null), 403);
		assertThat(page).contains("Forbidden").contains("have access to this page");
	}

	@Test
	void deleteAccountAsCustomerAsJsonShouldAnswerForbiddenProblem() {
		JsonNode problem = assertProblem(this.client.send("GET", "/account/delete", JSON, "alice", null), 403);
		assertThat(problem.path("code").asText()).isEqualTo("FORBIDDEN");
		assertThat(problem.path("detail").asText()).isEqualTo("You do not have permission to access this resource.");
		assertThat(problem.path("instance").asText()).isEqualTo("/account/delete");
	}

	@Test
	void deleteAccountAnonymouslyShouldAskForCredentials() {
		HttpResponse<String> response = this.client.get("/account/delete", JSON);
		JsonNode problem = assertProblem(response, 401);
		assertThat(problem.path("code").asText()).isEqualTo("UNAUTHORIZED");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
	}

	@Test
	void deleteAccountAsSupportShouldShowTheDeletePage() {
		assertThat(assertPage(this.client.send("GET", "/account/delete", HTML, "sam", null), 200))
			.contains("Delete an account");
	}

	@Test
	void deleteFormPostedWithoutCsrfTokenShouldBeForbidden() {
		JsonNode problem = assertProblem(this.client.send("POST", "/account/delete", JSON, "sam", null), 403);
		assertThat(problem.path("instance").asText()).isEqualTo("/account/delete");
	}

	@Test
	void otherPagesShouldStayOpen() {
		assertThat(this.client.get("/profile?username=alice", HTML).statusCode()).isEqualTo(200);
		assertThat(this.client.send("POST", "/api/process?order=A-1001", null, null, null).statusCode()).isEqualTo(200);
	}

}
