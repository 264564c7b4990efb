package io.github.errorstarter.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.errorstarter.render.ProblemDetailCustomizer;
import io.github.errorstarter.resolve.ErrorResolutionCustomizer;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link ErrorResolutionCustomizer} and {@link ProblemDetailCustomizer} beans of an
 * application reach real responses: a real Tomcat on a random port, a real HTTP client.
 */
@SpringBootTest(classes = ErrorsCustomizersIntegrationTests.CustomizedApplication.class,
		webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ErrorsCustomizersIntegrationTests {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Test
	void resolutionCustomizerShouldChangeTheStatusCodeDetailAndHeaders() throws Exception {
		HttpResponse<String> response = get("/quota", "acme");
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(response.body()).contains("\"status\":429", "\"code\":\"QUOTA_EXCEEDED\"",
				"\"detail\":\"Try again in a minute.\"", "\"tenant\":\"acme\"");
	}

	@Test
	void problemDetailCustomizerShouldAddItsMemberToEveryProblemBody() throws Exception {
		HttpResponse<String> notFound = get("/no-such-page", "globex");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("\"status\":404", "\"tenant\":\"globex\"");
		// a bare status goes through the servlet ERROR dispatch
		HttpResponse<String> forbidden = get("/forbidden", "initech");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("\"status\":403", "\"tenant\":\"initech\"");
	}

	private HttpResponse<String> get(String path, String tenant) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "application/json")
			.header("X-Tenant", tenant)
			.GET()
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(QuotaController.class)
	static class CustomizedApplication {

		@Bean
		ErrorResolutionCustomizer quotaCustomizer() {
			return (description,
					exception) -> (exception instanceof QuotaExceededException) ? description.mutate()
						.status(429)
						.title("Too Many Requests")
						.code("QUOTA_EXCEEDED")
						.detail("Try again in a minute.")
						.headers((headers) -> headers.set("Retry-After", "60"))
						.build() : description;
		}

		@Bean
		ProblemDetailCustomizer tenantCustomizer() {
			return (problem, error) -> problem.setProperty("tenant", error.getRequest().getHeader("X-Tenant"));
		}

	}

	@RestController
	static class QuotaController {

		@GetMapping("/quota")
		void quota() {
			throw new QuotaExceededException();
		}

		@GetMapping("/forbidden")
		void forbidden(HttpServletResponse response) throws IOException {
			response.sendError(403);
		}

	}

	static class QuotaExceededException extends RuntimeException {

	}

}
