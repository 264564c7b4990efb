package io.github.errorstarter.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;

/**
 * Reads the route (the handler's best matching pattern, such as {@code /users/{id}}) of
 * the request that failed, also during the servlet ERROR dispatch, where the error
 * controller's mapping has replaced it.
 *
 * @since 0.1.0
 */
public final class RequestRoutes {

	private static final String ROUTE_ATTRIBUTE = RequestRoutes.class.getName() + ".route";

	private RequestRoutes() {
	}

	/**
	 * Remember the route of the request, so that it outlives a later ERROR dispatch.
	 * Called when the filter chain of the original request returns.
	 * @param request the request
	 */
	public static void remember(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null && request.getDispatcherType() != DispatcherType.ERROR) {
			request.setAttribute(ROUTE_ATTRIBUTE, pattern);
		}
	}

	/**
	 * Return the route of the original request.
	 * @param request the request
	 * @return the route pattern, or {@code null} if no handler matched
	 */
	public static String route(HttpServletRequest request) {
		Object pattern = (request.getDispatcherType() != DispatcherType.ERROR)
				? request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
				: request.getAttribute(ROUTE_ATTRIBUTE);
		return (pattern != null) ? pattern.toString() : null;
	}

}
