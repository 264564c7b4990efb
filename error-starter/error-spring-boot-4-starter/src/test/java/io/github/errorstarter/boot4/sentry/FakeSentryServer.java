package io.github.errorstarter.boot4.sentry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sentry.Sentry;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentry's ingest, on 127.0.0.1: accepts envelopes as the real SDK transport sends them
 * (gzip) and keeps their events. One per test JVM, because the Sentry SDK is a JVM-wide
 * static that every Spring context with a DSN re-initializes: all contexts point at this
 * one.
 * <p>
 * A Jackson 3 copy of the Boot 3.5 line's fixture
 * ({@code io.github.errorstarter.test.sentry}), reduced to what this module's tests use,
 * until a shared fixture serves both lines.
 * <p>
 * Point the app at it with
 * {@code registry.add("sentry.dsn", FakeSentryServer.INSTANCE::dsn)} in a
 * {@code @DynamicPropertySource}, {@link #clear() clear} it before each test, and read
 * what arrived with {@link #flushedEvents()}: the SDK sends from its own thread, so the
 * events are only complete once its queue is flushed.
 *
 * @since 0.1.0
 */
public final class FakeSentryServer {

	/**
	 * The server of this JVM, started on a free port of 127.0.0.1.
	 */
	public static final FakeSentryServer INSTANCE = new FakeSentryServer();

	// bounds every wait on the SDK's queue; the transport's own timeouts are longer
	private static final long FLUSH_TIMEOUT_MILLIS = 5000;

	private final List<List<JsonNode>> envelopes = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private FakeSentryServer() {
		this.server = start();
	}

	/**
	 * Return the DSN that sends to this server.
	 * @return the DSN, with the public key {@code publickey} and project {@code 1}
	 */
	public String dsn() {
		return "http://publickey@127.0.0.1:" + this.server.getAddress().getPort() + "/1";
	}

	/**
	 * Wait (bounded) until the SDK has sent what it captured, then return every event
	 * received since the last {@link #clear()}.
	 * @return the events, as the JSON Sentry received, in the order they arrived
	 */
	public List<JsonNode> flushedEvents() {
		Sentry.flush(FLUSH_TIMEOUT_MILLIS);
		List<JsonNode> events = new ArrayList<>();
		this.envelopes.forEach(events::addAll);
		return events;
	}

	/**
	 * Wait (bounded) until the SDK has sent what it captured, assert that exactly one
	 * event arrived since the last {@link #clear()}, and return it.
	 * @return the event, as the JSON Sentry received
	 */
	public JsonNode onlyEvent() {
		List<JsonNode> events = flushedEvents();
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	/**
	 * Start a test from nothing: let the SDK send what an earlier test left in its queue
	 * (bounded), then forget everything received.
	 */
	public void clear() {
		Sentry.flush(FLUSH_TIMEOUT_MILLIS);
		this.envelopes.clear();
	}

	private HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
			this.envelopes.add(SentryEnvelopes.events(body, gzip));
			byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

}
