package io.github.errorstarter.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Hears, from the {@link ErrorsFilter}, that a request's filter chain returned with an
 * error status, before the servlet container's ERROR dispatch that a {@code sendError}
 * leads to. That dispatch keeps the request's attributes but not what Spring MVC knew
 * during the original dispatch, so a listener can keep what it needs of that in an
 * attribute, as the Sentry bridge keeps the route. Declare a bean of this type to add
 * one; beans are called in {@code @Order}. Without any, the filter does nothing more than
 * catch what escapes the chain.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ErrorDispatchListener {

	/**
	 * Called when the filter chain of a request returned with an error status (400 or
	 * above). An exception thrown here is logged and ignored.
	 * @param request the request, still in its original dispatch
	 */
	void beforeErrorDispatch(HttpServletRequest request);

}
