package io.github.errorstarter.boot4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP client for the tests against the embedded server, on 127.0.0.1 only, and
 * what they assert of every problem body.
 */
final class SmokeHttp {

	static final String JSON = "application/json";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private static final JsonMapper jsonMapper = new JsonMapper();

	private final int port;

	SmokeHttp(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, String accept) {
		return send(request(path, accept).GET());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(request(path, JSON).header("Content-Type", JSON).POST(BodyPublishers.ofString(json)));
	}

	private HttpRequest.Builder request(String path, String accept) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(TIMEOUT)
			.header("Accept", accept)
			.header("X-Test-Header", "test-value");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return jsonMapper.readTree(response.body());
	}

	/**
	 * Assert the response is a problem body with the given status, and return it.
	 */
	static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode problem = json(response);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.has("type")).isTrue();
		assertThat(problem.path("code").asString()).isNotBlank();
		// Boot's own error attributes never show
		assertThat(problem.has("timestamp")).isFalse();
		assertThat(problem.has("properties")).isFalse();
		return problem;
	}

	/**
	 * Assert nothing of the secret and no stack frame leaks into the response.
	 */
	static void assertNoLeak(HttpResponse<String> response, String secret) {
		String everything = response.headers().map() + "\n" + response.body();
		assertThat(everything).doesNotContain(secret).doesNotContain("\tat ").doesNotContain("Exception");
	}

}
