package io.github.errorstarter.boot4;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter on a real Spring Boot 4 server (Tomcat on 127.0.0.1): each door answers
 * with the pipeline's problem bodies and pages, configured from YAML.
 */
@SpringBootTest(classes = SmokeTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server.address=127.0.0.1")
@ActiveProfiles("smoke")
class Boot4SmokeIntegrationTests {

	@LocalServerPort
	int port;

	SmokeHttp http;

	@BeforeEach
	void createClient() {
		this.http = new SmokeHttp(this.port);
	}

	@Test
	void unhandledExceptionWhenJsonIsAcceptedShouldGiveProblem500WithoutItsMessage() {
		HttpResponse<String> response = this.http.get("/boom", SmokeHttp.JSON);
		JsonNode problem = SmokeHttp.assertProblem(response, 500);
		assertThat(problem.path("code").asString()).isEqualTo("INTERNAL_SERVER_ERROR");
		assertThat(problem.path("instance").asString()).isEqualTo("/boom");
		assertThat(problem.path("requestId").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isEqualTo("An unexpected error occurred on the server.");
		SmokeHttp.assertNoLeak(response, "hunter2");
		SmokeHttp.assertNoLeak(response, "db.internal");
	}

	@Test
	void unknownUrlWhenJsonIsAcceptedShouldGiveProblem404() {
		JsonNode problem = SmokeHttp.assertProblem(this.http.get("/no/such/page", SmokeHttp.JSON), 404);
		assertThat(problem.path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(problem.path("instance").asString()).isEqualTo("/no/such/page");
		assertThat(problem.path("type").asString()).isEqualTo("about:blank");
	}

	@Test
	void unknownUrlWhenHtmlIsAcceptedShouldGivePage404() {
		HttpResponse<String> response = this.http.get("/no/such/page", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		// the application's own template, error/404.html
		assertThat(response.body()).contains("<title>Not Found (404)</title>")
			.contains("<h1>Lost on Boot 4: NOT_FOUND</h1>")
			.contains("<code>/no/such/page</code>");
	}

	@Test
	void unsupportedMethodWhenFrameworkGivesHeadersShouldGive405WithAllowHeader() {
		HttpResponse<String> response = this.http.postJson("/boom", "{}");
		JsonNode problem = SmokeHttp.assertProblem(response, 405);
		assertThat(problem.path("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");
		// Framework 7's HttpHeaders is no longer a MultiValueMap: its headers still reach
		// the response
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
	}

	@Test
	void sendErrorWhenCalledByHandlerShouldReachErrorControllerAndGiveProblem() {
		JsonNode problem = SmokeHttp.assertProblem(this.http.get("/forbidden", SmokeHttp.JSON), 403);
		assertThat(problem.path("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(problem.path("instance").asString()).isEqualTo("/forbidden");
	}

	@Test
	void exceptionWhenMappedInYamlShouldGetItsStatus() {
		HttpResponse<String> response = this.http.get("/storage", SmokeHttp.JSON);
		JsonNode problem = SmokeHttp.assertProblem(response, 507);
		assertThat(problem.path("code").asString()).isEqualTo("STORAGE_FULL");
		assertThat(problem.path("instance").asString()).isEqualTo("/storage");
		SmokeHttp.assertNoLeak(response, "volume /data is full");
	}

	@Test
	void invalidBodyWhenValidatedShouldGive400ListingEveryFieldError() {
		HttpResponse<String> response = this.http.postJson("/items", "{\"name\": \"\", \"quantity\": 0}");
		JsonNode problem = SmokeHttp.assertProblem(response, 400);
		assertThat(problem.path("code").asString()).isEqualTo("VALIDATION_FAILED");
		JsonNode errors = problem.path("errors");
		assertThat(errors.size()).isEqualTo(2);
		assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("name", "quantity");
		assertThat(errors.findValuesAsString("pointer")).containsExactlyInAnyOrder("#/name", "#/quantity");
		assertThat(errors.findValuesAsString("code")).containsExactlyInAnyOrder("NotBlank", "Min");
	}

	@Test
	void malformedBodyWhenParsedByJackson3ShouldGive400() {
		HttpResponse<String> response = this.http.postJson("/items", "{\"name\": ");
		JsonNode problem = SmokeHttp.assertProblem(response, 400);
		assertThat(problem.path("code").asString()).isEqualTo("MALFORMED_REQUEST_BODY");
		SmokeHttp.assertNoLeak(response, "tools.jackson");
	}

}
