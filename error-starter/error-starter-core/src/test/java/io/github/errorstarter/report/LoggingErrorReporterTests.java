package io.github.errorstarter.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.report.RepeatedStacksTests.MutableClock;
import io.github.errorstarter.testsupport.CapturedLogs;
import io.github.errorstarter.testsupport.LogCaptureExtension;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import static io.github.errorstarter.report.ReportTestErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(LogCaptureExtension.class)
class LoggingErrorReporterTests {

	private static final String CATEGORY = "test.errors.LoggingErrorReporterTests";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private LoggingErrorReporter reporter;

	@BeforeEach
	void setUp() {
		((Logger) LoggerFactory.getLogger(CATEGORY)).setLevel(Level.INFO);
		this.reporter = reporter(ErrorLogLevels.defaults());
	}

	@Test
	void reportServerErrorShouldLogOneLineWithStackTrace(CapturedLogs output) {
		ErrorContext error = error("/orders/7", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException("boom"));
		error.addReference(ErrorContext.TRACE_ID, "4bf92f3577b34da6");
		error.addReference(ErrorContext.EVENT_ID, "365b12f35dee41b9");
		this.reporter.report(error);
		assertThat(output).contains("ERROR")
			.contains("GET /orders/7 -> 500 INTERNAL_SERVER_ERROR traceId=4bf92f3577b34da6 eventId=365b12f35dee41b9")
			.contains("java.lang.IllegalStateException: boom")
			.contains("\tat io.github.errorstarter.report.LoggingErrorReporterTests");
	}

	@Test
	void reportClientErrorShouldLogOneLineWithoutStackTrace(CapturedLogs output) {
		this.reporter.report(error("/orders/7", 404, "NOT_FOUND", new IllegalArgumentException("no such order")));
		assertThat(output).contains("INFO").contains("GET /orders/7 -> 404 NOT_FOUND");
		assertThat(output).doesNotContain("IllegalArgumentException").doesNotContain("\tat ");
		assertThat(output.toString().lines().filter((line) -> line.contains("/orders/7"))).hasSize(1);
	}

	@Test
	void reportNoisyNotFoundShouldBeQuietByDefault(CapturedLogs output) {
		this.reporter.report(error("/favicon.ico", 404, "NOT_FOUND", null));
		this.reporter.report(error("/apple-touch-icon-precomposed.png", 404, "NOT_FOUND", null));
		assertThat(output).doesNotContain("favicon.ico").doesNotContain("apple-touch-icon");
	}

	@Test
	void reportNoisyNotFoundShouldLogAtDebugWhenEnabled(CapturedLogs output) {
		((Logger) LoggerFactory.getLogger(CATEGORY)).setLevel(Level.DEBUG);
		this.reporter.report(error("/favicon.ico", 404, "NOT_FOUND", null));
		assertThat(output).contains("DEBUG").contains("GET /favicon.ico -> 404 NOT_FOUND");
	}

	@Test
	void reportShouldUseLevelOfExceptionClass(CapturedLogs output) {
		LoggingErrorReporter reporter = reporter(
				new ErrorLogLevels(LogLevel.ERROR, LogLevel.INFO, Map.of(UnsupportedOperationException.class,
						LogLevel.WARN, IllegalArgumentException.class, LogLevel.OFF), List.of(), LogLevel.DEBUG));
		reporter.report(error("/legacy", 500, "INTERNAL_SERVER_ERROR", new UnsupportedOperationException("legacy")));
		reporter.report(error("/silent", 500, "INTERNAL_SERVER_ERROR", new IllegalArgumentException("silent")));
		assertThat(output).contains("WARN")
			.contains("GET /legacy -> 500")
			.contains("UnsupportedOperationException: legacy");
		assertThat(output).doesNotContain("/silent");
	}

	@Test
	void reportSameStackShouldLogStackTraceOncePerWindowAndCountRepeats(CapturedLogs output) {
		for (int i = 0; i < 3; i++) {
			this.reporter.report(error("/storm", 500, "INTERNAL_SERVER_ERROR", storm(i)));
		}
		assertThat(count(output, "\tat io.github.errorstarter.report.LoggingErrorReporterTests.storm")).isEqualTo(1);
		assertThat(output).contains("GET /storm -> 500 INTERNAL_SERVER_ERROR java.lang.IllegalStateException: storm 1 "
				+ "at io.github.errorstarter.report.LoggingErrorReporterTests.storm(LoggingErrorReporterTests.java:")
			.contains("[repeat 1 of this stack since 2026-11-21T10:00:00Z, stack trace omitted]")
			.contains("[repeat 2 of this stack since");
		this.clock.advance(Duration.ofMinutes(1));
		this.reporter.report(error("/storm", 500, "INTERNAL_SERVER_ERROR", storm(3)));
		assertThat(count(output, "\tat io.github.errorstarter.report.LoggingErrorReporterTests.storm")).isEqualTo(2);
		assertThat(output).contains("[this stack repeated 2 more times in the previous window]");
	}

	@Test
	void reportStormOfTenThousandErrorsShouldWriteBoundedLinesWithEveryReference(CapturedLogs output) {
		LoggingErrorReporter reporter = new LoggingErrorReporter(LogFactory.getLog(CATEGORY), ErrorLogLevels.defaults(),
				new RepeatedStacks(Duration.ofMinutes(1), this.clock),
				new RepeatedLines(Duration.ofMinutes(1), 10, 50, this.clock));
		List<String> requestIds = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			ErrorContext error = error("/orders/" + i, 500, "INTERNAL_SERVER_ERROR", storm(i));
			String requestId = String.format("%016x", i);
			error.addReference(ErrorContext.REQUEST_ID, requestId);
			requestIds.add(requestId);
			reporter.report(error);
		}
		reporter.close();
		List<String> lines = output.toString()
			.lines()
			.filter((line) -> line.contains("500 INTERNAL_SERVER_ERROR"))
			.toList();
		// 10 one by one, then 9,990 in summaries of 50
		assertThat(lines).hasSize(10 + 200);
		assertThat(count(output, "\tat io.github.errorstarter.report.LoggingErrorReporterTests.storm")).isEqualTo(1);
		String log = output.toString();
		assertThat(requestIds).allSatisfy((requestId) -> assertThat(log).contains("requestId=" + requestId));
		assertThat(log).contains("500 INTERNAL_SERVER_ERROR GET (no route) [50 more in the window since "
				+ "2026-11-21T10:00:00Z, not logged one by one] GET /orders/10 requestId=000000000000000a, "
				+ "GET /orders/11 requestId=000000000000000b");
	}

	private LoggingErrorReporter reporter(ErrorLogLevels levels) {
		return new LoggingErrorReporter(LogFactory.getLog(CATEGORY), levels,
				new RepeatedStacks(Duration.ofMinutes(1), this.clock), RepeatedLines.off());
	}

	private static IllegalStateException storm(int i) {
		return new IllegalStateException("storm " + i);
	}

	static int count(CharSequence output, String text) {
		Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(output);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
