package io.github.errorstarter.boot4;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot 4 names the servlet error page {@code spring.web.error.path} (Boot 3.5's
 * {@code server.error.path}): the error controller is mapped there, where the container
 * dispatches errors.
 */
@SpringBootTest(classes = SmokeTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.web.error.path=/oops" })
class ErrorPathIntegrationTests {

	@LocalServerPort
	int port;

	SmokeHttp http;

	@BeforeEach
	void createClient() {
		this.http = new SmokeHttp(this.port);
	}

	@Test
	void sendErrorWhenErrorPathIsSetShouldBeAnsweredThere() {
		// dispatched to a path no controller maps, the error would turn into a 404
		JsonNode problem = SmokeHttp.assertProblem(this.http.get("/forbidden", SmokeHttp.JSON), 403);
		assertThat(problem.path("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(problem.path("instance").asString()).isEqualTo("/forbidden");
	}

	@Test
	void sendErrorWhenErrorPathIsSetAndHtmlIsAcceptedShouldGivePageThere() {
		HttpResponse<String> response = this.http.get("/forbidden", "text/html");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).contains("<h1").contains("Forbidden").doesNotContain("Whitelabel");
	}

}
