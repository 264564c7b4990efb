package io.github.errorstarter.pipeline;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.render.RenderedError;
import io.github.errorstarter.report.ErrorReporter;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionUnwrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The core behind every door: resolve the error, report it to every reporter, render it
 * for the client. The exception is unwrapped once ({@link ExceptionUnwrapper}); the trace
 * id comes from a {@link TraceIdSource}, and a 5xx without any reference gets a request
 * id. It knows the request only as an {@link ErrorRequest} and returns the
 * {@link RenderedError} for the door to write, so that every web stack decides the same
 * way.
 *
 * @since 0.1.0
 */
public class ErrorPipeline {

	private static final Log logger = LogFactory.getLog(ErrorPipeline.class);

	private final ErrorResolver resolver;

	private final TraceIdSource traceIdSource;

	private final ErrorReporter reporter;

	private final ErrorRenderer renderer;

	/**
	 * Create a pipeline that reads trace ids from the MDC ({@link MdcTraceIdSource}).
	 * @param resolver resolves errors
	 * @param reporter reports them (usually a composite of all reporters)
	 * @param renderer renders them
	 */
	public ErrorPipeline(ErrorResolver resolver, ErrorReporter reporter, ErrorRenderer renderer) {
		this(resolver, new MdcTraceIdSource(), reporter, renderer);
	}

	/**
	 * Create a pipeline.
	 * @param resolver resolves errors
	 * @param traceIdSource tells the trace id of each error's request
	 * @param reporter reports them (usually a composite of all reporters)
	 * @param renderer renders them
	 */
	public ErrorPipeline(ErrorResolver resolver, TraceIdSource traceIdSource, ErrorReporter reporter,
			ErrorRenderer renderer) {
		Assert.notNull(resolver, "'resolver' must not be null");
		Assert.notNull(traceIdSource, "'traceIdSource' must not be null");
		Assert.notNull(reporter, "'reporter' must not be null");
		Assert.notNull(renderer, "'renderer' must not be null");
		this.resolver = resolver;
		this.traceIdSource = traceIdSource;
		this.reporter = reporter;
		this.renderer = renderer;
	}

	/**
	 * Handle a thrown exception.
	 * @param request the request the exception was thrown in
	 * @param thrown the exception as caught
	 * @return the response to write, or {@code null} when the client has gone away and
	 * nothing is to be written
	 */
	@Nullable
	public RenderedError handle(ErrorRequest request, Throwable thrown) {
		if (DisconnectedClientHelper.isClientDisconnectedException(thrown)) {
			// nobody is left to answer, and a client hanging up is not a server error
			logger.debug("Client disconnected during " + request.getMethod() + " " + request.getPath());
			return null;
		}
		Throwable exception = UnparseableRequestPaths.translate(request, ExceptionUnwrapper.unwrap(thrown));
		return process(request, this.resolver.resolve(exception, request.getLocale()), exception);
	}

	/**
	 * Handle an error that has a status but no exception, such as {@code sendError(403)}.
	 * @param request the request the error happened in
	 * @param status the status
	 * @param message the message given with the status, may be {@code null}
	 * @return the response to write
	 */
	public RenderedError handleStatus(ErrorRequest request, int status, @Nullable String message) {
		return process(request, this.resolver.resolveStatus(status, message, request.getLocale()), null);
	}

	private RenderedError process(ErrorRequest request, ErrorDescription description, @Nullable Throwable exception) {
		ErrorContext error = new ErrorContext(request, description, exception, Instant.now());
		error.addReference(ErrorContext.TRACE_ID, this.traceIdSource.getTraceId(request));
		if (description.isServerError() && error.getReferences().isEmpty()) {
			error.addReference(ErrorContext.REQUEST_ID, newRequestId());
		}
		this.reporter.report(error);
		return this.renderer.render(error);
	}

	// short enough to read out on the phone, random enough to be unique in the logs of a
	// day
	private static String newRequestId() {
		return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
	}

}
