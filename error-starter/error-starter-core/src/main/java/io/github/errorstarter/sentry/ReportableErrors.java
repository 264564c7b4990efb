package io.github.errorstarter.sentry;

import java.util.List;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ExceptionClasses;

import org.springframework.util.Assert;

/**
 * Decides which errors go to Sentry: those with a status at or above a threshold (5xx by
 * default) whose exception is not, and does not extend, an ignored class.
 *
 * @since 0.1.0
 */
public final class ReportableErrors {

	private final int minimumStatus;

	private final List<Class<? extends Throwable>> ignoredExceptions;

	/**
	 * Create the rules.
	 * @param minimumStatus the lowest status reported
	 * @param ignoredExceptions exception classes never reported, subclasses included
	 */
	public ReportableErrors(int minimumStatus, List<Class<? extends Throwable>> ignoredExceptions) {
		Assert.notNull(ignoredExceptions, "'ignoredExceptions' must not be null");
		this.minimumStatus = minimumStatus;
		this.ignoredExceptions = List.copyOf(ignoredExceptions);
	}

	/**
	 * Create the rules from the class names of the ignored exceptions, failing when a
	 * name is not an exception class.
	 * @param minimumStatus the lowest status reported
	 * @param ignoredExceptions fully qualified names of the exception classes never
	 * reported
	 * @param classLoader the class loader to load the classes with
	 * @return the rules
	 */
	public static ReportableErrors of(int minimumStatus, List<String> ignoredExceptions, ClassLoader classLoader) {
		return new ReportableErrors(minimumStatus,
				ignoredExceptions.stream()
					.<Class<? extends Throwable>>map(
							(name) -> ExceptionClasses.load(name, classLoader, "errors.sentry.ignored-exceptions"))
					.toList());
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
		return exception == null
				|| this.ignoredExceptions.stream().noneMatch((ignored) -> ignored.isInstance(exception));
	}

}
