package io.github.errorstarter.resolve;

import org.springframework.lang.Nullable;

/**
 * Changes what some errors mean without replacing the {@link ErrorResolver}: their
 * status, code, detail or properties. Declare a bean of this type to add one; beans are
 * applied in {@code @Order}, each to the description the one before returned, after the
 * resolver's own sources, for every error, with or without an exception. An exception a
 * customizer throws is logged, and the description it was given is kept.
 * <p>
 * Changing the status changes neither the title, the code nor the detail: set those too
 * where they should follow. To describe an exception class from scratch, map it in
 * {@code errors.exceptions} instead.
 *
 * @since 0.1.0
 * @see ErrorDescription#mutate()
 */
@FunctionalInterface
public interface ErrorResolutionCustomizer {

	/**
	 * Customize the description of an error.
	 * @param description the description so far
	 * @param exception the exception, unwrapped, or {@code null} for an error that has
	 * only a status ({@code sendError})
	 * @return the description to use: the given one to leave it as it is, or one built
	 * from it with {@link ErrorDescription#mutate()}
	 */
	ErrorDescription customize(ErrorDescription description, @Nullable Throwable exception);

}
