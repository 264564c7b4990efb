package io.github.errorstarter.render;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.errorstarter.pipeline.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;

/**
 * Builds the model of error page templates. Keys:
 * <ul>
 * <li>{@code status} (int), {@code title}, {@code detail} (only what may be shown),
 * {@code code}, {@code path}, {@code timestamp} ({@link java.time.Instant});</li>
 * <li>{@code errors}: the validation errors ({@code field}, {@code pointer}, {@code message},
 * {@code code}), empty when there are none;</li>
 * <li>{@code traceId} and {@code eventId} when present, and {@code reference}: the event id,
 * else the trace id, for the user to quote to support;</li>
 * <li>{@code properties}: the exception's extra problem properties;</li>
 * <li>{@code stackTrace}, only when stack traces are switched on.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public class ErrorPageModel {

	private final StackTraces stackTraces;

	/**
	 * Create a model builder.
	 * @param stackTraces whether and how stack traces are included
	 */
	public ErrorPageModel(StackTraces stackTraces) {
		this.stackTraces = stackTraces;
	}

	/**
	 * Build the model of an error.
	 * @param error the error
	 * @return a new, mutable model
	 */
	public Map<String, Object> build(ErrorContext error) {
		ErrorDescription description = error.getDescription();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("status", description.status());
		model.put("title", description.title());
		model.put("detail", description.detail());
		model.put("code", description.code());
		model.put("path", error.getPath());
		model.put("timestamp", error.getTimestamp());
		model.put("errors", description.errors());
		model.put("properties", description.properties());
		model.putAll(error.getReferences());
		String reference = error.getReferences().get(ErrorContext.EVENT_ID);
		model.put("reference", (reference != null) ? reference : error.getReferences().get(ErrorContext.TRACE_ID));
		String stackTrace = this.stackTraces.format(error.getException());
		if (stackTrace != null) {
			model.put("stackTrace", stackTrace);
		}
		return model;
	}

}
