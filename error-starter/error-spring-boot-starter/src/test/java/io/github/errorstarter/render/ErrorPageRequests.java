package io.github.errorstarter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends requests to a test server on 127.0.0.1 with the JDK's HTTP client, as a browser
 * would ({@code Accept: text/html} unless told otherwise).
 */
final class ErrorPageRequests {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ErrorPageRequests() {
	}

	/**
	 * Send a request.
	 * @param port the server's port
	 * @param method the method
	 * @param path the path with its query, as sent (percent-encoded)
	 * @param headers header names and values, alternating; {@code Accept} defaults to
	 * HTML
	 * @return the response
	 */
	static HttpResponse<String> send(int port, String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> get(int port, String path, String... headers) {
		return send(port, "GET", path, headers);
	}

}
