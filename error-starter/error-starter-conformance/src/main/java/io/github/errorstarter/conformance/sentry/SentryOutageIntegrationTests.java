package io.github.errorstarter.conformance.sentry;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever Sentry's ingest does (down, hanging, rate limiting, failing), requests get
 * their correct responses and no request thread waits on it: the SDK sends from its own
 * thread. The time bound is a generous sanity check against the transport's 30 s read
 * timeout, not a measurement.
 */
class SentryOutageIntegrationTests extends SentryIntegrationTestSupport {

	private static final Duration SANITY_BOUND = Duration.ofSeconds(5);

	@Test
	void ingestDownShouldNotDelayOrChangeResponses() {
		sentry.stop();
		try {
			assertAnsweredPromptly(3);
		}
		finally {
			sentry.restart();
		}
	}

	@Test
	void ingestHangingShouldNotDelayOrChangeResponses() {
		sentry.hang();
		try {
			assertAnsweredPromptly(3);
		}
		finally {
			sentry.release();
		}
		// the events waited in the SDK's queue, not in the request threads
		assertThat(sentry.flushedEvents()).hasSize(3);
	}

	@Test
	void ingestRateLimitingShouldNotDelayOrChangeResponses() {
		sentry.answer(429);
		assertAnsweredPromptly(2);
		assertRecovers();
	}

	@Test
	void eventTheTransportShedsShouldNotShowItsId() throws InterruptedException {
		sentry.rateLimit(1);
		try {
			assertThat(this.http.getJson("/boom").body()).contains("\"eventId\"");
			// the 429 has arrived: Sentry's transport drops what is captured in the next
			// second
			assertThat(sentry.flushedEvents()).hasSize(1);
			HttpResponse<String> shed = this.http.getJson("/boom");
			assertThat(shed.statusCode()).isEqualTo(500);
			assertThat(shed.body()).doesNotContain("\"eventId\"").contains("\"requestId\"");
		}
		finally {
			sentry.reset();
			assertThat(awaitEventIdAgain()).as("an event id once the limit has passed").isTrue();
			sentry.clear();
		}
	}

	private boolean awaitEventIdAgain() throws InterruptedException {
		for (int attempt = 0; attempt < 50; attempt++) {
			Thread.sleep(100);
			if (this.http.getJson("/boom").body().contains("\"eventId\"")) {
				return true;
			}
		}
		return false;
	}

	@Test
	void ingestFailingShouldNotDelayOrChangeResponses() {
		sentry.answer(500);
		assertAnsweredPromptly(2);
		assertRecovers();
	}

	private void assertAnsweredPromptly(int requests) {
		List<Duration> durations = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = this.http.getJson("/boom");
			durations.add(Duration.ofNanos(System.nanoTime() - start));
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(response.body()).contains("\"status\":500").contains("\"eventId\"");
		}
		assertThat(durations).allSatisfy((duration) -> assertThat(duration).isLessThan(SANITY_BOUND));
	}

	private void assertRecovers() {
		sentry.flushedEvents();
		sentry.reset();
		assertThat(this.http.getJson("/boom").statusCode()).isEqualTo(500);
		assertThat(sentry.flushedEvents()).hasSize(1);
	}

}
