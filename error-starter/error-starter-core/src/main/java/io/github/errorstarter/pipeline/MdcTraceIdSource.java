package io.github.errorstarter.pipeline;

import io.github.errorstarter.context.ErrorRequest;
import org.slf4j.MDC;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * A {@link TraceIdSource} that reads an MDC key of the current thread, by default
 * {@value #DEFAULT_KEY}, where Micrometer Tracing's log correlation puts it.
 *
 * @since 0.1.0
 */
public final class MdcTraceIdSource implements TraceIdSource {

	/**
	 * The MDC key read by default.
	 */
	public static final String DEFAULT_KEY = "traceId";

	private final String key;

	/**
	 * Create a source reading {@value #DEFAULT_KEY}.
	 */
	public MdcTraceIdSource() {
		this(DEFAULT_KEY);
	}

	/**
	 * Create a source reading the given MDC key.
	 * @param key the MDC key
	 */
	public MdcTraceIdSource(String key) {
		Assert.hasText(key, "'key' must not be empty");
		this.key = key;
	}

	@Override
	@Nullable
	public String getTraceId(ErrorRequest request) {
		return MDC.get(this.key);
	}

}
