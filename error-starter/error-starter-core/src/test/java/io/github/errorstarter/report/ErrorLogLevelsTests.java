package io.github.errorstarter.report;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.errorstarter.report.ReportTestErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorLogLevelsTests {

	private final ErrorLogLevels defaults = ErrorLogLevels.defaults();

	@Test
	void levelForServerErrorShouldBeError() {
		assertThat(this.defaults.levelFor(error("/orders", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException())))
			.isEqualTo(LogLevel.ERROR);
	}

	@Test
	void levelForClientErrorShouldBeInfo() {
		assertThat(this.defaults.levelFor(error("/orders/7", 404, "NOT_FOUND", null))).isEqualTo(LogLevel.INFO);
	}

	@Test
	void levelForNoisyPathsShouldBeDebug() {
		assertThat(List.of("/favicon.ico", "/robots.txt", "/apple-touch-icon-precomposed.png", "/apple-touch-icon.png",
				"/.well-known/security.txt"))
			.allSatisfy((path) -> assertThat(this.defaults.levelFor(error(path, 404, "NOT_FOUND", null)))
				.isEqualTo(LogLevel.DEBUG));
	}

	@Test
	void levelForServerErrorOnNoisyPathShouldStayError() {
		assertThat(this.defaults.levelFor(error("/favicon.ico", 500, "INTERNAL_SERVER_ERROR", null)))
			.isEqualTo(LogLevel.ERROR);
	}

	@Test
	void levelForExceptionClassShouldWinOverSeriesAndCoverSubclasses() {
		ErrorLogLevels levels = new ErrorLogLevels(LogLevel.ERROR, LogLevel.INFO,
				Map.of(IOException.class, LogLevel.WARN), List.of(), LogLevel.DEBUG);
		assertThat(levels.levelFor(error("/files", 500, "INTERNAL_SERVER_ERROR", new FileNotFoundException())))
			.isEqualTo(LogLevel.WARN);
		assertThat(levels
			.levelFor(error("/files", 500, "INTERNAL_SERVER_ERROR", new UncheckedIOException(new IOException()))))
			.isEqualTo(LogLevel.ERROR);
	}

	@Test
	void levelForExceptionClassShouldTakeMostSpecificClass() {
		ErrorLogLevels levels = new ErrorLogLevels(LogLevel.ERROR, LogLevel.INFO,
				Map.of(IOException.class, LogLevel.WARN, FileNotFoundException.class, LogLevel.OFF), List.of(),
				LogLevel.DEBUG);
		assertThat(levels.levelFor(error("/files", 404, "NOT_FOUND", new FileNotFoundException())))
			.isEqualTo(LogLevel.OFF);
		assertThat(levels.levelFor(error("/files", 500, "INTERNAL_SERVER_ERROR", new IOException())))
			.isEqualTo(LogLevel.WARN);
	}

	@Test
	void levelForClientErrorShouldFollowConfiguredSeriesLevel() {
		ErrorLogLevels levels = new ErrorLogLevels(LogLevel.FATAL, LogLevel.WARN, Map.of(), List.of("/static/**"),
				LogLevel.TRACE);
		assertThat(levels.levelFor(error("/orders", 400, "BAD_REQUEST", null))).isEqualTo(LogLevel.WARN);
		assertThat(levels.levelFor(error("/static/app.js", 404, "NOT_FOUND", null))).isEqualTo(LogLevel.TRACE);
		assertThat(levels.levelFor(error("/favicon.ico", 404, "NOT_FOUND", null))).isEqualTo(LogLevel.WARN);
		assertThat(levels.levelFor(error("/orders", 503, "SERVICE_UNAVAILABLE", null))).isEqualTo(LogLevel.FATAL);
	}

}
