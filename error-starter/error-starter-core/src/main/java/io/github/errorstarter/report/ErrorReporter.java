package io.github.errorstarter.report;

import io.github.errorstarter.context.ErrorContext;

/**
 * Hears about every resolved error, before it is rendered. Declare a bean of this type to
 * add a reporter (metrics, chat alerts); beans are called in {@code @Order}. A reporter
 * must not change the response; an exception it throws is logged and ignored. It may add
 * a reference for the client with {@link ErrorContext#addReference(String, String)}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ErrorReporter {

	/**
	 * Report an error.
	 * @param error the error
	 */
	void report(ErrorContext error);

}
