package io.github.errorstarter.pipeline;

import io.github.errorstarter.context.ErrorRequest;

import org.springframework.lang.Nullable;

/**
 * Tells the trace id of the request an error happened in, which the pipeline adds as the
 * error's {@code traceId} reference (in the log line, the problem body and the page). The
 * default, {@link MdcTraceIdSource}, reads the MDC key {@code traceId} that Micrometer
 * Tracing sets; declare a bean of this type to read it elsewhere, such as from a tracer
 * or a request header.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TraceIdSource {

	/**
	 * Return the trace id of the request.
	 * @param request the request the error happened in
	 * @return the trace id, or {@code null} when the request is not traced
	 */
	@Nullable
	String getTraceId(ErrorRequest request);

}
