package io.github.errorstarter.web;

import io.github.errorstarter.pipeline.ErrorPipeline;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.Assert;

/**
 * The door for everything that reaches the servlet error page: {@code sendError} from
 * handlers, filters and Spring Security, and exceptions that escape the filter chain. An
 * exception the container caught is resolved like any other; otherwise the status the
 * response was given decides. A direct request to the error path is a 404. Each Spring
 * Boot line maps it to its error path with a controller that implements that line's
 * {@code ErrorController}, so Boot's own error controller backs off.
 *
 * @since 0.1.0
 */
public final class ErrorDispatchHandler {

	private final ServletErrorHandler handler;

	/**
	 * Create the handler.
	 * @param pipeline the pipeline to hand errors to
	 */
	public ErrorDispatchHandler(ErrorPipeline pipeline) {
		Assert.notNull(pipeline, "'pipeline' must not be null");
		this.handler = new ServletErrorHandler(pipeline);
	}

	/**
	 * Handle the error of the request being dispatched, whatever its method.
	 * @param request the request
	 * @param response the response, written directly
	 */
	public void handle(HttpServletRequest request, HttpServletResponse response) {
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (exception instanceof Throwable thrown) {
			this.handler.handle(request, response, thrown);
			return;
		}
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		this.handler.handleStatus(request, response, (status instanceof Integer code) ? code : 404,
				(message != null) ? message.toString() : null);
	}

}
