package io.github.errorstarter.conformance.autoconfigure;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import io.github.errorstarter.conformance.TestApp;
import io.github.errorstarter.conformance.servlet.ServletAppLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet error page moved with the error path property of a Boot line: the container
 * dispatches errors to that path, so the error controller must be mapped there too, or
 * every {@code sendError} would end in a 404. Each line extends it, naming its own
 * property; it starts the scenarios app with that property set to {@code /oops}.
 *
 * @since 0.1.0
 */
@TestInstance(Lifecycle.PER_CLASS)
public abstract class AbstractErrorPathIntegrationTests {

	private final String errorPathProperty;

	private RunningApp app;

	private HttpTestClient http;

	/**
	 * Create the tests for a line.
	 * @param errorPathProperty the line's property for the error path, such as
	 * {@code server.error.path}
	 */
	protected AbstractErrorPathIntegrationTests(String errorPathProperty) {
		this.errorPathProperty = errorPathProperty;
	}

	@BeforeAll
	void startApp() {
		this.app = new ServletAppLauncher().launch(TestApp.SCENARIOS, Map.of(this.errorPathProperty, "/oops",
				"spring.thymeleaf.prefix", "classpath:/conformance/templates/"));
		this.http = new HttpTestClient(this.app);
	}

	@AfterAll
	void stopApp() throws Exception {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void sendErrorWhenErrorPathIsSetShouldBeAnsweredThere() {
		HttpResponse<String> response = this.http.getJson("/api/forbidden");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(HttpTestClient.PROBLEM_JSON);
		JsonNode problem = HttpTestClient.json(response);
		assertThat(problem.path("code").asText()).isEqualTo("FORBIDDEN");
		assertThat(problem.path("instance").asText()).isEqualTo("/api/forbidden");
	}

	@Test
	void sendErrorWhenErrorPathIsSetAndHtmlIsAcceptedShouldGivePageThere() {
		HttpResponse<String> response = this.http.getPage("/api/forbidden");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.body()).contains("<h1", "Forbidden").doesNotContain("Whitelabel");
	}

}
