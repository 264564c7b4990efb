package io.github.errorstarter.pipeline;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the path of the request that failed, also during the servlet ERROR dispatch,
 * where the request URI is the error page's.
 *
 * @since 0.1.0
 */
public final class RequestPaths {

	private RequestPaths() {
	}

	/**
	 * Return the path of the original request, as sent (percent-encoded), without the
	 * context path.
	 * @param request the request
	 * @return the path, at least {@code /}
	 */
	public static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String contextPath = request.getContextPath();
		if (contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		return uri.isEmpty() ? "/" : uri;
	}

}
