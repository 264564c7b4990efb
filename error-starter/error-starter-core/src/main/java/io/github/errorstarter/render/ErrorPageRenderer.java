package io.github.errorstarter.render;

import io.github.errorstarter.context.ErrorContext;
import jakarta.servlet.http.HttpServletResponse;

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
	 * @param response the response, for templates that build links
	 * @return the page
	 */
	String render(ErrorContext error, PathRule rule, HttpServletResponse response);

}
