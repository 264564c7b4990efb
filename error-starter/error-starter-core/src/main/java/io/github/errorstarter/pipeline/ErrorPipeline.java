package io.github.errorstarter.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.report.ErrorReporter;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionUnwrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The core behind every door: resolve the error, report it to every reporter, render it
 * for the client. A handled 5xx still marks the request's observation as failed, so
 * metrics and traces carry the exception as they do for unhandled ones.
 *
 * @since 0.1.0
 */
public class ErrorPipeline {

	private static final Log logger = LogFactory.getLog(ErrorPipeline.class);

	private final ErrorResolver resolver;

	private final ErrorReporter reporter;

	private final ErrorRenderer renderer;

	/**
	 * Create a pipeline.
	 * @param resolver resolves errors
	 * @param reporter reports them (usually a composite of all reporters)
	 * @param renderer renders them
	 */
	public ErrorPipeline(ErrorResolver resolver, ErrorReporter reporter, ErrorRenderer renderer) {
		this.resolver = resolver;
		this.reporter = reporter;
		this.renderer = renderer;
	}

	/**
	 * Handle a thrown exception.
	 * @param request the request
	 * @param response the response
	 * @param thrown the exception as caught
	 */
	public void handle(HttpServletRequest request, HttpServletResponse response, Throwable thrown) {
		if (DisconnectedClientHelper.isClientDisconnectedException(thrown)) {
			// nobody is left to answer, and a client hanging up is not a server error
			logger
				.debug("Client disconnected during " + request.getMethod() + " " + RequestPaths.originalPath(request));
			return;
		}
		ErrorDescription description = this.resolver.resolve(thrown, locale(request));
		process(request, response, description, ExceptionUnwrapper.unwrap(thrown));
	}

	/**
	 * Handle an error that has a status but no exception, such as {@code sendError(403)}.
	 * @param request the request
	 * @param response the response
	 * @param status the status
	 * @param message the message given with the status, may be {@code null}
	 */
	public void handleStatus(HttpServletRequest request, HttpServletResponse response, int status, String message) {
		process(request, response, this.resolver.resolveStatus(status, message, locale(request)), null);
	}

	private void process(HttpServletRequest request, HttpServletResponse response, ErrorDescription description,
			Throwable exception) {
		ErrorContext error = new ErrorContext(request, request.getMethod(), RequestPaths.originalPath(request),
				description, exception, Instant.now());
		error.addReference(ErrorContext.TRACE_ID, MDC.get("traceId"));
		if (description.isServerError() && error.getReferences().isEmpty()) {
			error.addReference(ErrorContext.REQUEST_ID, newRequestId());
		}
		if (description.isServerError() && exception != null) {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setError(exception));
		}
		this.reporter.report(error);
		try {
			this.renderer.render(error, response);
		}
		catch (IOException ex) {
			// the client went away; there is no one left to answer
			logger.debug("Could not write error response for " + error.getMethod() + " " + error.getPath(), ex);
		}
	}

	// short enough to read out on the phone, random enough to be unique in the logs of a
	// day
	private static String newRequestId() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
	}

	private static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}

}
