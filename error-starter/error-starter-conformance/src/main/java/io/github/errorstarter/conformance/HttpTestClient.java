package io.github.errorstarter.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The suite's HTTP client: the JDK's, talking to a {@link RunningApp} on 127.0.0.1 only,
 * with a raw-socket variant for requests that well-behaved clients refuse to send. Every
 * request carries {@value #TEST_HEADER}{@code : test-value}, so that reports can be
 * checked for the request's headers.
 *
 * @since 0.1.0
 */
public final class HttpTestClient {

	/**
	 * {@code application/json}.
	 */
	public static final String JSON = "application/json";

	/**
	 * {@code application/problem+json}.
	 */
	public static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * The header every request carries.
	 */
	public static final String TEST_HEADER = "X-Test-Header";

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private final RunningApp app;

	/**
	 * Create a client of the given app.
	 * @param app the app
	 */
	public HttpTestClient(RunningApp app) {
		this.app = app;
	}

	/**
	 * Send a {@code GET}.
	 * @param path the path with its query, as sent (percent-encoded)
	 * @param accept the {@code Accept} header, or {@code null} for none
	 * @return the response
	 */
	public HttpResponse<String> get(String path, String accept) {
		return send("GET", path, accept, null, null);
	}

	/**
	 * Send a {@code GET} that accepts JSON.
	 * @param path the path with its query, as sent (percent-encoded)
	 * @return the response
	 */
	public HttpResponse<String> getJson(String path) {
		return get(path, JSON);
	}

	/**
	 * Send a {@code GET} as a browser would ({@code Accept: text/html} unless told
	 * otherwise).
	 * @param path the path with its query, as sent (percent-encoded)
	 * @param headers header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> getPage(String path, String... headers) {
		return sendPage("GET", path, headers);
	}

	/**
	 * Send a request without a body as a browser would ({@code Accept: text/html} unless
	 * told otherwise).
	 * @param method the method
	 * @param path the path with its query, as sent (percent-encoded)
	 * @param headers header names and values, alternating
	 * @return the response
	 */
	public HttpResponse<String> sendPage(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, BodyPublishers.noBody())
			.header("Accept", BROWSER_ACCEPT);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/**
	 * Send a request.
	 * @param method the method
	 * @param path the path with its query, as sent (percent-encoded)
	 * @param accept the {@code Accept} header, or {@code null} for none
	 * @param contentType the {@code Content-Type} header, or {@code null} for none
	 * @param body the body, or {@code null} for none
	 * @return the response
	 */
	public HttpResponse<String> send(String method, String path, String accept, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	/**
	 * Send a request built by the caller, with the client's timeout.
	 * @param request the request, for a {@link #uri(String) URI of the app}
	 * @return the response, its body read as UTF-8
	 */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		request.timeout(TIMEOUT).setHeader(TEST_HEADER, "test-value");
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

	/**
	 * Return the URL of a path of the app.
	 * @param path the path with its query, as sent (percent-encoded)
	 * @return the URL
	 */
	public URI uri(String path) {
		return this.app.uri(path);
	}

	/**
	 * Send raw bytes and return the whole answer as text; the request should ask for
	 * {@code Connection: close}.
	 * @param rawRequest the request, head and body, as ISO-8859-1 text
	 * @return the answer, head and body, as ISO-8859-1 text
	 */
	public String sendRaw(String rawRequest) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.app.host(), this.app.port()), (int) TIMEOUT.toMillis());
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return readAll(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Read a response's body as JSON.
	 * @param response the response
	 * @return the body's JSON
	 */
	public static JsonNode json(HttpResponse<String> response) {
		try {
			return objectMapper.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Not JSON: " + response.body(), ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

}
