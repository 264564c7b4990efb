package io.github.errorstarter.pipeline;

import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.resolve.InvalidRequestPathException;

import org.springframework.http.server.PathContainer;

/**
 * Tells an {@link IllegalArgumentException} raised because the request path does not
 * parse (broken percent-encoding in a path parameter) from one raised by the app: only
 * the path is checked, and only on this error path, so normal requests pay nothing.
 */
final class UnparseableRequestPaths {

	private UnparseableRequestPaths() {
	}

	/**
	 * Return the exception to resolve for the given one.
	 * @param request the request
	 * @param exception the unwrapped exception
	 * @return an {@link InvalidRequestPathException} when the request path does not
	 * parse, else the exception itself
	 */
	static Throwable translate(ErrorRequest request, Throwable exception) {
		if (exception instanceof IllegalArgumentException && !parses(request.getPath())) {
			return new InvalidRequestPathException(exception);
		}
		return exception;
	}

	private static boolean parses(String path) {
		try {
			PathContainer.parsePath(path);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
