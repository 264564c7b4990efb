package io.github.errorstarter.sentry;

import java.util.List;

import io.github.errorstarter.pipeline.ErrorContext;

/**
 * Decides which errors go to Sentry: those with a status at or above a threshold (5xx by
 * default) whose exception is not, and does not extend, an ignored class.
 *
 * @since 0.1.0
 */
public class ReportableErrors {

	private final int minimumStatus;

	private final List<Class<? extends Throwable>> ignoredExceptions;

	/**
	 * Create the rules.
	 * @param minimumStatus the lowest status reported
	 * @param ignoredExceptions exception classes never reported, subclasses included
	 */
	public ReportableErrors(int minimumStatus, List<Class<? extends Throwable>> ignoredExceptions) {
		this.minimumStatus = minimumStatus;
		this.ignoredExceptions = List.copyOf(ignoredExceptions);
	}

	/**
	 * Return whether the given error goes to Sentry.
	 * @param error the error
	 * @return {@code true} to report it
	 */
	public boolean isReportable(ErrorContext error) {
		if (error.getStatus() < this.minimumStatus) {
			return false;
		}
		Throwable exception = error.getException();
		return exception == null || this.ignoredExceptions.stream().noneMatch((ignored) -> ignored.isInstance(exception));
	}

}
