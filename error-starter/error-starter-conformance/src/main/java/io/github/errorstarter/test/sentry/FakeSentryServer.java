package io.github.errorstarter.test.sentry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sentry.Sentry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentry's ingest, on 127.0.0.1: accepts envelopes as the real SDK transport sends them
 * (gzip), keeps their events, and can misbehave: answer an error status, hang, or be
 * down. One per test JVM, because the Sentry SDK is a JVM-wide static that every Spring
 * context with a DSN re-initializes: all contexts point at this one.
 * <p>
 * Point the app at it with
 * {@code registry.add("sentry.dsn", FakeSentryServer.INSTANCE::dsn)} in a
 * {@code @DynamicPropertySource} (the conformance suite's Sentry configurations set
 * {@code sentry.dsn} to {@link #dsn()}), {@link #clear() clear} it before each test, and
 * read what arrived with {@link #flushedEvents()}: the SDK sends from its own thread, so
 * the events are only complete once its queue is flushed.
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

	// Sentry's SDK sheds what it captures until the Retry-After has passed, that instant
	// included: a limit of 0 s would shed events captured in the millisecond the 429
	// arrived, so an unasked limit lies in the past
	private static final int NO_RETRY_AFTER = -1;

	private final List<Envelope> envelopes = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile int retryAfterSeconds = NO_RETRY_AFTER;

	private volatile CountDownLatch hang;

	private final int port;

	private HttpServer server;

	private FakeSentryServer() {
		this.server = start(0);
		this.port = this.server.getAddress().getPort();
	}

	/**
	 * Return the DSN that sends to this server.
	 * @return the DSN, with the public key {@code publickey} and project {@code 1}
	 */
	public String dsn() {
		return "http://publickey@127.0.0.1:" + this.port + "/1";
	}

	/**
	 * Wait (bounded) until the SDK has sent what it captured, then return every event
	 * received since the last {@link #clear()}.
	 * @return the events, as the JSON Sentry received, in the order they arrived
	 */
	public List<JsonNode> flushedEvents() {
		Sentry.flush(FLUSH_TIMEOUT_MILLIS);
		return events();
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
	 * Return the events received so far, without waiting for the SDK.
	 * @return the events, as the JSON Sentry received, in the order they arrived
	 */
	public List<JsonNode> events() {
		List<JsonNode> events = new ArrayList<>();
		this.envelopes.forEach((envelope) -> events.addAll(envelope.events()));
		return events;
	}

	/**
	 * Return the envelopes received so far, with how they were sent.
	 * @return the envelopes
	 */
	public List<Envelope> envelopes() {
		return List.copyOf(this.envelopes);
	}

	/**
	 * Start a test from nothing: stop hanging, let the SDK send what an earlier test left
	 * in its queue (bounded), then forget everything received and answer 200 again.
	 */
	public void clear() {
		release();
		Sentry.flush(FLUSH_TIMEOUT_MILLIS);
		reset();
	}

	/**
	 * Forget everything received and answer 200 again, without waiting for the SDK.
	 */
	public void reset() {
		release();
		this.status = 200;
		this.retryAfterSeconds = NO_RETRY_AFTER;
		this.envelopes.clear();
	}

	/**
	 * Answer every envelope with the given status from now on; a 429 carries a
	 * {@code Retry-After} that has already passed, so that the SDK sheds nothing (see
	 * {@link #rateLimit(int)}).
	 * @param status the HTTP status, such as 429 or 500
	 */
	public void answer(int status) {
		this.status = status;
	}

	/**
	 * Answer every envelope with 429 and the given {@code Retry-After} from now on, so
	 * that the SDK drops what it captures for that long.
	 * @param seconds the seconds to back off
	 */
	public void rateLimit(int seconds) {
		this.retryAfterSeconds = seconds;
		this.status = 429;
	}

	/**
	 * Accept envelopes but answer none until {@link #release()} (at most 60 seconds).
	 */
	public void hang() {
		this.hang = new CountDownLatch(1);
	}

	/**
	 * Answer the envelopes that wait since {@link #hang()}, and the later ones at once.
	 */
	public void release() {
		CountDownLatch latch = this.hang;
		this.hang = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	/**
	 * Stop listening, so that the SDK's connections are refused.
	 */
	public synchronized void stop() {
		this.server.stop(0);
	}

	/**
	 * Listen again after {@link #stop()}, on the same port.
	 */
	// the DSN of every context names this port, so the server comes back on it
	public synchronized void restart() {
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
					exchange.getRequestHeaders().getFirst("X-Sentry-Auth"), SentryEnvelopes.events(body, gzip)));
			awaitRelease();
			int status = this.status;
			if (status == 429) {
				// unless asked, a limit that has already ended, so that no capture is
				// shed
				exchange.getResponseHeaders().set("Retry-After", String.valueOf(this.retryAfterSeconds));
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

	/**
	 * One envelope as it arrived.
	 *
	 * @param path the path it was posted to
	 * @param gzip whether its body was gzip-compressed
	 * @param auth its {@code X-Sentry-Auth} header
	 * @param events the events it carried
	 */
	public record Envelope(String path, boolean gzip, String auth, List<JsonNode> events) {

	}

}
