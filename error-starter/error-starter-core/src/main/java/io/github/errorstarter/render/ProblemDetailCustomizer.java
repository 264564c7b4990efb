package io.github.errorstarter.render;

import io.github.errorstarter.context.ErrorContext;

import org.springframework.http.ProblemDetail;

/**
 * Changes the problem body of every error before it is written, such as to add a member
 * ({@code problem.setProperty("tenant", ...)}). Declare a bean of this type to add one;
 * beans are applied in {@code @Order}, after the starter has set its own members. Should
 * the body not be writable as JSON, it is written without the exception's own members and
 * without those of customizers, and the failure is logged.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProblemDetailCustomizer {

	/**
	 * Customize the problem body of an error.
	 * @param problem the problem body, to change in place
	 * @param error the error
	 */
	void customize(ProblemDetail problem, ErrorContext error);

}
