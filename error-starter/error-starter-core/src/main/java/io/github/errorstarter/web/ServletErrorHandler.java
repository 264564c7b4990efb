package io.github.errorstarter.web;

import java.io.IOException;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.render.RenderedError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What every servlet door does with an error: hands it to the {@link ErrorPipeline} as a
 * {@link ServletErrorRequest}, and writes the {@link RenderedError} it returns into the
 * response. A handled 5xx still marks the request's observation as failed, so metrics and
 * traces carry the exception as they do for unhandled ones. A response that is already
 * committed is left alone and logged; the error is reported all the same.
 *
 * @since 0.1.0
 */
public final class ServletErrorHandler {

	private static final Log logger = LogFactory.getLog(ServletErrorHandler.class);

	private final ErrorPipeline pipeline;

	private final ServletErrorResponseWriter writer = new ServletErrorResponseWriter();

	/**
	 * Create a handler.
	 * @param pipeline the pipeline to hand errors to
	 */
	public ServletErrorHandler(ErrorPipeline pipeline) {
		Assert.notNull(pipeline, "'pipeline' must not be null");
		this.pipeline = pipeline;
	}

	/**
	 * Handle a thrown exception.
	 * @param request the request
	 * @param response the response, written directly
	 * @param thrown the exception as caught
	 */
	public void handle(HttpServletRequest request, HttpServletResponse response, Throwable thrown) {
		write(this.pipeline.handle(new ServletErrorRequest(request, response), thrown), request, response);
	}

	/**
	 * Handle an error that has a status but no exception, such as {@code sendError(403)}.
	 * @param request the request
	 * @param response the response, written directly
	 * @param status the status
	 * @param message the message given with the status, may be {@code null}
	 */
	public void handleStatus(HttpServletRequest request, HttpServletResponse response, int status,
			@Nullable String message) {
		write(this.pipeline.handleStatus(new ServletErrorRequest(request, response), status, message), request,
				response);
	}

	private void write(@Nullable RenderedError rendered, HttpServletRequest request, HttpServletResponse response) {
		if (rendered == null) {
			return;
		}
		ErrorContext error = rendered.error();
		if (error.getDescription().isServerError() && error.getException() != null) {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setError(error.getException()));
		}
		try {
			this.writer.write(rendered, response);
		}
		catch (IOException ex) {
			// the client went away; there is no one left to answer
			logger.debug("Could not write error response for " + error.getMethod() + " " + error.getPath(), ex);
		}
	}

}
