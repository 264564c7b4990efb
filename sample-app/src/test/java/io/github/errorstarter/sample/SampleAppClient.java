package io.github.errorstarter.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP client (the JDK's) for the sample app, with the assertions the tour's tests
 * share.
 */
public final class SampleAppClient {

	/**
	 * Secrets that the sample's failing endpoints put into exception messages on purpose.
	 */
	public static final String[] SECRETS = { "hunter2", "tk_live_42", "mk_live_7f3a", "psp.internal", "/srv/uploads",
			"/mnt/exports" };

	public static final String HTML = "text/html";

	public static final String JSON = "application/json";

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private final String baseUrl;

	public SampleAppClient(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> get(String path, String accept) {
		return send("GET", path, accept, null, null);
	}

	/**
	 * Send a request.
	 * @param method the method
	 * @param path the path and query
	 * @param accept the Accept header, or {@code null} for none
	 * @param user the HTTP Basic user (the password is the name), or {@code null}
	 * @param body a JSON body, or {@code null}
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, String accept, String user, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (body != null) {
			request.header("Content-Type", JSON);
		}
		if (user != null) {
			String credentials = user + ":" + user;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return send(request, method + " " + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, String description) {
		try {
			return client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + description, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + description, ex);
		}
	}

	/**
	 * Send a request with the given headers.
	 * @param method the method
	 * @param path the path and query
	 * @param headers the headers
	 * @param body the body, or {@code null}
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		headers.forEach(request::header);
		return send(request, method + " " + path);
	}

	/**
	 * Assert that the response is a problem with the given status, and return its body.
	 * @param response the response
	 * @param status the expected status
	 * @return the problem body
	 */
	public static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode problem = json(response);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asText()).isNotBlank();
		assertThat(problem.path("code").asText()).isNotBlank();
		return problem;
	}

	/**
	 * Assert that the response is an HTML page with the given status, and return it.
	 * @param response the response
	 * @param status the expected status
	 * @return the page
	 */
	public static String assertPage(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/html"));
		assertThat(response.body()).contains("<html");
		return response.body();
	}

	/**
	 * Assert that neither the body nor the headers hold a secret or a stack frame.
	 * @param response the response
	 */
	public static void assertLeaksNothing(HttpResponse<String> response) {
		String headers = response.headers().map().toString();
		assertThat(response.body()).doesNotContain(SECRETS).doesNotContain("\tat ", "\\tat ", "Exception:");
		assertThat(headers).doesNotContain(SECRETS);
	}

	public static JsonNode json(HttpResponse<String> response) {
		try {
			return objectMapper.readTree(response.body());
		}
		catch (IOException ex) {
			throw new AssertionError("Not JSON: " + response.body(), ex);
		}
	}

}
