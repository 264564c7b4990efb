package io.github.errorstarter.context;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.errorstarter.resolve.ErrorDescription;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * One error on its way through the pipeline: the {@link ErrorRequest} it happened in,
 * what it means ({@link ErrorDescription}), the exception if there is one, and the
 * references that reporters attach for the client to quote (a trace id, a Sentry event
 * id).
 *
 * @since 0.1.0
 */
public final class ErrorContext {

	/**
	 * Name of the trace id reference, set when tracing is on.
	 */
	public static final String TRACE_ID = "traceId";

	/**
	 * Name of the Sentry event id reference, set when Sentry took the event.
	 */
	public static final String EVENT_ID = "eventId";

	/**
	 * Name of the request id reference, generated for server errors when there is no
	 * trace id, so that every 5xx has a reference a user can quote to support.
	 */
	public static final String REQUEST_ID = "requestId";

	private final ErrorRequest request;

	private final ErrorDescription description;

	@Nullable
	private final Throwable exception;

	private final Instant timestamp;

	private final Map<String, String> references = new LinkedHashMap<>(4);

	/**
	 * Create a context.
	 * @param request the request the error happened in
	 * @param description what the error means
	 * @param exception the exception, unwrapped, or {@code null} for a bare status
	 * @param timestamp when the error happened
	 */
	public ErrorContext(ErrorRequest request, ErrorDescription description, @Nullable Throwable exception,
			Instant timestamp) {
		Assert.notNull(request, "'request' must not be null");
		Assert.notNull(description, "'description' must not be null");
		Assert.notNull(timestamp, "'timestamp' must not be null");
		this.request = request;
		this.description = description;
		this.exception = exception;
		this.timestamp = timestamp;
	}

	public ErrorRequest getRequest() {
		return this.request;
	}

	/**
	 * Return the HTTP method of the original request.
	 * @return the method
	 * @see ErrorRequest#getMethod()
	 */
	public String getMethod() {
		return this.request.getMethod();
	}

	/**
	 * Return the path of the original request, without the context path.
	 * @return the path
	 * @see ErrorRequest#getPath()
	 */
	public String getPath() {
		return this.request.getPath();
	}

	public ErrorDescription getDescription() {
		return this.description;
	}

	public int getStatus() {
		return this.description.status();
	}

	@Nullable
	public Throwable getException() {
		return this.exception;
	}

	public Instant getTimestamp() {
		return this.timestamp;
	}

	/**
	 * Add a reference the client may quote to support, such as {@link #EVENT_ID}.
	 * References appear as members of the problem body and in the page model.
	 * @param name the name
	 * @param value the value, ignored when {@code null}
	 */
	public void addReference(String name, @Nullable String value) {
		if (value != null) {
			this.references.put(name, value);
		}
	}

	/**
	 * Return the reference a user may quote to support: the Sentry event id, else the
	 * trace id, else the request id.
	 * @return the reference, or {@code null} when there is none
	 */
	@Nullable
	public String getReference() {
		for (String name : new String[] { EVENT_ID, TRACE_ID, REQUEST_ID }) {
			String reference = this.references.get(name);
			if (reference != null) {
				return reference;
			}
		}
		return null;
	}

	/**
	 * Return the references added so far, in the order they were added.
	 * @return the references
	 */
	public Map<String, String> getReferences() {
		return Collections.unmodifiableMap(this.references);
	}

}
