package io.github.errorstarter.sentry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Sentry's ingest, on 127.0.0.1: accepts envelopes as the real SDK transport sends them
 * (gzip), keeps their events, and can misbehave: answer an error status, hang, or be down.
 * One per test JVM, because the Sentry SDK is a JVM-wide static that every Spring context
 * with a DSN re-initializes: all contexts point at this one.
 */
final class FakeSentryServer {

	static final FakeSentryServer INSTANCE = new FakeSentryServer();

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private final List<Envelope> envelopes = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile CountDownLatch hang;

	private final int port;

	private HttpServer server;

	private FakeSentryServer() {
		this.server = start(0);
		this.port = this.server.getAddress().getPort();
	}

	String dsn() {
		return "http://publickey@127.0.0.1:" + this.port + "/1";
	}

	List<JsonNode> events() {
		List<JsonNode> events = new ArrayList<>();
		this.envelopes.forEach((envelope) -> events.addAll(envelope.events()));
		return events;
	}

	List<Envelope> envelopes() {
		return List.copyOf(this.envelopes);
	}

	void reset() {
		release();
		this.status = 200;
		this.envelopes.clear();
	}

	void answer(int status) {
		this.status = status;
	}

	void hang() {
		this.hang = new CountDownLatch(1);
	}

	void release() {
		CountDownLatch latch = this.hang;
		this.hang = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	synchronized void stop() {
		this.server.stop(0);
	}

	// the DSN of every context names this port, so the server comes back on it
	synchronized void restart() {
		this.server = start(this.port);
	}

	private HttpServer start(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			server.createContext("/", this::handle);
			server.setExecutor(Executors.newCachedThreadPool((runnable) -> {
				Thread thread = new Thread(runnable, "fake-sentry");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
			this.envelopes.add(new Envelope(exchange.getRequestURI().getPath(), gzip,
					exchange.getRequestHeaders().getFirst("X-Sentry-Auth"), parse(gzip ? gunzip(body) : body)));
			awaitRelease();
			int status = this.status;
			if (status == 429) {
				// a limit that ends at once, so that later tests are not rate limited
				exchange.getResponseHeaders().set("Retry-After", "0");
			}
			byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

	private void awaitRelease() {
		CountDownLatch latch = this.hang;
		if (latch != null) {
			try {
				latch.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	// header line, then items: a header line with the payload's length, the payload, a newline
	private static List<JsonNode> parse(byte[] envelope) throws IOException {
		List<JsonNode> events = new ArrayList<>();
		int position = indexOf(envelope, 0) + 1;
		while (position < envelope.length) {
			int headerEnd = indexOf(envelope, position);
			JsonNode header = objectMapper.readTree(envelope, position, headerEnd - position);
			int payloadStart = headerEnd + 1;
			int payloadEnd = header.has("length") ? payloadStart + header.get("length").asInt()
					: indexOf(envelope, payloadStart);
			if ("event".equals(header.path("type").asText())) {
				events.add(objectMapper.readTree(envelope, payloadStart, payloadEnd - payloadStart));
			}
			position = payloadEnd + 1;
		}
		return events;
	}

	private static int indexOf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

	record Envelope(String path, boolean gzip, String auth, List<JsonNode> events) {

	}

}
