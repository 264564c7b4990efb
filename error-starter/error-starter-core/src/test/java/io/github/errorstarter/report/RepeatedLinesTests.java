package io.github.errorstarter.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.report.RepeatedStacksTests.MutableClock;
import org.junit.jupiter.api.Test;

import static io.github.errorstarter.report.ReportTestErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RepeatedLines}.
 */
class RepeatedLinesTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private final RepeatedLines lines = new RepeatedLines(Duration.ofMinutes(1), 2, 3, this.clock);

	private final List<String> summaries = new ArrayList<>();

	@Test
	void recordShouldLogTheFirstLinesOfAKindAndHoldBackTheRest() {
		assertThat(record(notFound("/a"))).isTrue();
		assertThat(record(notFound("/b"))).isTrue();
		assertThat(record(notFound("/c"))).isFalse();
		assertThat(record(error("/d", 500, "INTERNAL_SERVER_ERROR", null))).isTrue();
		assertThat(this.summaries).isEmpty();
	}

	@Test
	void recordShouldWriteASummaryWhenItHoldsEnoughReferences() {
		for (int i = 0; i < 5; i++) {
			record(serverError("/orders/" + i, "id" + i));
		}
		assertThat(this.summaries).containsExactly("500 INTERNAL_SERVER_ERROR GET (no route) [3 more in the window "
				+ "since 2026-11-21T10:00:00Z, not logged one by one] GET /orders/2 requestId=id2, "
				+ "GET /orders/3 requestId=id3, GET /orders/4 requestId=id4");
	}

	@Test
	void recordAfterTheWindowShouldWriteTheHeldBackSummaryAndLogAgain() {
		record(notFound("/a"));
		record(notFound("/b"));
		record(notFound("/c"));
		record(notFound("/d"));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(record(notFound("/e"))).isTrue();
		assertThat(this.summaries).containsExactly("404 NOT_FOUND GET (no route) [2 more in the window since "
				+ "2026-11-21T10:00:00Z, not logged one by one]");
	}

	@Test
	void flushEndedShouldWriteSummariesOfEndedWindowsOnly() {
		for (int i = 0; i < 3; i++) {
			record(serverError("/orders/" + i, "id" + i));
		}
		this.lines.flushEnded();
		assertThat(this.summaries).isEmpty();
		this.clock.advance(Duration.ofMinutes(1));
		this.lines.flushEnded();
		assertThat(this.summaries).singleElement().asString().endsWith("GET /orders/2 requestId=id2");
		this.lines.flushEnded();
		assertThat(this.summaries).hasSize(1);
	}

	@Test
	void closeShouldWriteEverySummaryStillHeld() {
		for (int i = 0; i < 3; i++) {
			record(serverError("/orders/" + i, "id" + i));
		}
		this.lines.close();
		assertThat(this.summaries).singleElement().asString().contains("[1 more in the window");
	}

	@Test
	void kindsShouldBeKeptApartByRoute() {
		for (int i = 0; i < 3; i++) {
			assertThat(record(routed("/orders/" + i, "/orders/{id}"))).isEqualTo(i < 2);
			assertThat(record(routed("/users/" + i, "/users/{id}"))).isEqualTo(i < 2);
		}
	}

	@Test
	void zeroLinesPerWindowOrZeroWindowShouldLogEveryLine() {
		RepeatedLines noLimit = new RepeatedLines(Duration.ofMinutes(1), 0, 3, this.clock);
		RepeatedLines noWindow = new RepeatedLines(Duration.ZERO, 2, 3, this.clock);
		for (int i = 0; i < 5; i++) {
			assertThat(noLimit.record(notFound("/a"), LogLevel.INFO, (level, line) -> this.summaries.add(line)))
				.isTrue();
			assertThat(noWindow.record(notFound("/a"), LogLevel.INFO, (level, line) -> this.summaries.add(line)))
				.isTrue();
		}
		assertThat(noLimit.isEnabled()).isFalse();
		assertThat(noWindow.isEnabled()).isFalse();
		assertThat(RepeatedLines.off().isEnabled()).isFalse();
	}

	private boolean record(ErrorContext error) {
		return this.lines.record(error, LogLevel.INFO, (level, line) -> this.summaries.add(line));
	}

	private static ErrorContext notFound(String path) {
		return error(path, 404, "NOT_FOUND", null);
	}

	private static ErrorContext serverError(String path, String requestId) {
		ErrorContext error = error(path, 500, "INTERNAL_SERVER_ERROR", null);
		error.addReference(ErrorContext.REQUEST_ID, requestId);
		return error;
	}

	private static ErrorContext routed(String path, String route) {
		ErrorContext error = notFound(path);
		error.getRequest()
			.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class)
			.setAttribute("org.springframework.web.servlet.HandlerMapping.bestMatchingPattern", route);
		return error;
	}

}
