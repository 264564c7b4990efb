package io.github.errorstarter.sentry;

import io.github.errorstarter.report.LoggingErrorReporter;
import io.sentry.EventProcessor;
import io.sentry.Hint;
import io.sentry.SentryEvent;

import org.springframework.lang.Nullable;

/**
 * Drops the events that a Sentry logging integration ({@code sentry-logback}) makes of
 * error-starter's own error lines, category {@link LoggingErrorReporter#CATEGORY}. The
 * bridge reports those errors itself, once and with the request; otherwise a line without
 * the exception (a repeat that storm control shortened, a {@code sendError(500)}) would
 * become a second event, and an error the bridge leaves out on purpose would be reported
 * anyway.
 *
 * @since 0.1.0
 */
public final class ErrorLogEventFilter implements EventProcessor {

	@Override
	@Nullable
	public SentryEvent process(SentryEvent event, Hint hint) {
		return LoggingErrorReporter.CATEGORY.equals(event.getLogger()) ? null : event;
	}

}
