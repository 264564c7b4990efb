package io.github.errorstarter.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * A real HTTP client for the integration tests, talking to 127.0.0.1 only, with a
 * raw-socket variant for requests that well-behaved clients refuse to send.
 */
final class HttpTestClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final int port;

	HttpTestClient(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path, String accept) {
		return send("GET", path, accept, null, null);
	}

	HttpResponse<String> send(String method, String path, String accept, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(TIMEOUT)
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * Send raw bytes and return the whole answer as text; the request should ask for
	 * {@code Connection: close}.
	 */
	String sendRaw(String rawRequest) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), (int) TIMEOUT.toMillis());
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return readAll(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
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
