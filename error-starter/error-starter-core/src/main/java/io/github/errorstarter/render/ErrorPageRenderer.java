package io.github.errorstarter.render;

import io.github.errorstarter.context.ErrorContext;

import org.springframework.lang.Nullable;

/**
 * Renders an error as an HTML page. Implementations must not throw: when a page cannot be
 * rendered they fall back to the {@link StaticErrorPage}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ErrorPageRenderer {

	/**
	 * Render the page of an error.
	 * @param error the error
	 * @param rule the path rule matching the request, or {@code null}
	 * @return the page
	 */
	String render(ErrorContext error, @Nullable PathRule rule);

}
