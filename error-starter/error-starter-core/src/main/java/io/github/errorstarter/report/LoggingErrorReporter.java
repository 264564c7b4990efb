package io.github.errorstarter.report;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.report.RepeatedStacks.Occurrence;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Logs one line per error ({@code GET /path -> 500 INTERNAL_SERVER_ERROR}), with its
 * references ({@code traceId}, {@code requestId}, the Sentry {@code eventId}) when there
 * are any, under the category {@code io.github.errorstarter.errors}. The level comes from
 * {@link ErrorLogLevels}. The stack trace follows for 5xx errors only, and for the same
 * stack only once per window of {@link RepeatedStacks}; repeats are one line with the
 * exception, its throw site and a count. In a storm, {@link RepeatedLines} holds back the
 * lines of one kind of error beyond a few per window and writes summaries that count them
 * and carry their references.
 *
 * @since 0.1.0
 */
public class LoggingErrorReporter implements ErrorReporter, AutoCloseable {

	/**
	 * The log category of error lines.
	 */
	public static final String CATEGORY = "io.github.errorstarter.errors";

	private final Log logger;

	private final ErrorLogLevels levels;

	private final RepeatedStacks repeatedStacks;

	private final RepeatedLines repeatedLines;

	private final BiConsumer<LogLevel, String> summaryWriter;

	/**
	 * Create a reporter with the default levels and a window of one minute, in which ten
	 * errors of a kind are logged one by one and the rest in summaries of fifty.
	 */
	public LoggingErrorReporter() {
		this(ErrorLogLevels.defaults(), new RepeatedStacks(Duration.ofMinutes(1), Clock.systemUTC()),
				new RepeatedLines(Duration.ofMinutes(1), 10, 50, Clock.systemUTC()));
	}

	/**
	 * Create a reporter logging to {@link #CATEGORY} that logs every error's line.
	 * @param levels decides the level of each error
	 * @param repeatedStacks storm control for stack traces
	 */
	public LoggingErrorReporter(ErrorLogLevels levels, RepeatedStacks repeatedStacks) {
		this(levels, repeatedStacks, RepeatedLines.off());
	}

	/**
	 * Create a reporter logging to {@link #CATEGORY}.
	 * @param levels decides the level of each error
	 * @param repeatedStacks storm control for stack traces
	 * @param repeatedLines storm control for lines
	 */
	public LoggingErrorReporter(ErrorLogLevels levels, RepeatedStacks repeatedStacks, RepeatedLines repeatedLines) {
		this(LogFactory.getLog(CATEGORY), levels, repeatedStacks, repeatedLines);
	}

	LoggingErrorReporter(Log logger, ErrorLogLevels levels, RepeatedStacks repeatedStacks,
			RepeatedLines repeatedLines) {
		Assert.notNull(levels, "'levels' must not be null");
		Assert.notNull(repeatedStacks, "'repeatedStacks' must not be null");
		Assert.notNull(repeatedLines, "'repeatedLines' must not be null");
		this.logger = logger;
		this.levels = levels;
		this.repeatedStacks = repeatedStacks;
		this.repeatedLines = repeatedLines;
		this.summaryWriter = (level, line) -> level.log(this.logger, line);
	}

	@Override
	public void report(ErrorContext error) {
		LogLevel level = this.levels.levelFor(error);
		if (!level.isEnabled(this.logger) || !this.repeatedLines.record(error, level, this.summaryWriter)) {
			return;
		}
		Throwable exception = error.getException();
		if (exception == null || !error.getDescription().isServerError()) {
			level.log(this.logger, line(error));
			return;
		}
		logWithStackTrace(level, error, exception);
	}

	private void logWithStackTrace(LogLevel level, ErrorContext error, Throwable exception) {
		Occurrence occurrence = this.repeatedStacks.record(exception);
		if (occurrence.logInFull()) {
			level.log(this.logger, line(error) + repeatsBefore(occurrence), exception);
			return;
		}
		level.log(this.logger, line(error) + " " + exception + thrownAt(occurrence) + " [repeat " + occurrence.repeat()
				+ " of this stack since " + occurrence.since() + ", stack trace omitted]");
	}

	/**
	 * Write the summaries of lines still held back.
	 */
	@Override
	public void close() {
		this.repeatedLines.close();
	}

	private static String thrownAt(Occurrence occurrence) {
		return (occurrence.throwSite() != null) ? " at " + occurrence.throwSite() : "";
	}

	private static String repeatsBefore(Occurrence occurrence) {
		return (occurrence.repeatsBefore() > 0)
				? " [this stack repeated " + occurrence.repeatsBefore() + " more times in the previous window]" : "";
	}

	private static String line(ErrorContext error) {
		StringBuilder line = new StringBuilder(128).append(error.getMethod())
			.append(' ')
			.append(error.getPath())
			.append(" -> ")
			.append(error.getStatus())
			.append(' ')
			.append(error.getDescription().code());
		// the references (trace id, request id) let support find the line a user quotes
		error.getReferences().forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
		return line.toString();
	}

}
