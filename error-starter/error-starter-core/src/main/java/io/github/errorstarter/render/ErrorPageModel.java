package io.github.errorstarter.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;

import org.springframework.util.Assert;

/**
 * Builds the model of error page templates. Keys:
 * <ul>
 * <li>{@code status} (int), {@code title}, {@code detail} (only what may be shown),
 * {@code code}, {@code path}, {@code timestamp} ({@link java.time.Instant});</li>
 * <li>{@code showDetail}: whether the detail is worth showing, as the resolver decided
 * ({@link ErrorDescription#showDetail()}): it is the error's own, and says more than the
 * path (Spring's detail of an unknown URL does not);</li>
 * <li>{@code errors}: the validation errors ({@code field}, {@code pointer},
 * {@code message}, {@code code}), empty when there are none;</li>
 * <li>{@code traceId}, {@code eventId} and {@code requestId} when present, and
 * {@code reference}: the event id, else the trace id, else the request id, for the user
 * to quote to support;</li>
 * <li>{@code properties}: the exception's extra problem properties;</li>
 * <li>{@code heading} and {@code message}: the page's texts for people, by status
 * ({@code errors.page.heading.404}, ...), and {@code texts}: the page's labels
 * ({@code status}, {@code home}, {@code path}, {@code errors}, {@code reference},
 * {@code referenceHint}, {@code stackTrace}), all from the {@link ErrorMessages}
 * ({@code errors.page.*});</li>
 * <li>{@code lang}: the language the texts are written in (message
 * {@code errors.page.lang}, which each message bundle sets for its own language), and
 * {@code homeUrl}: the home page, with the context path;</li>
 * <li>{@code stackTrace}, only when stack traces are switched on.</li>
 * </ul>
 * The texts ({@code heading}, {@code message}, {@code texts}, {@code lang}) take about
 * twenty message lookups; a renderer can
 * {@linkplain #build(ErrorContext, Locale, Function) defer} them, so that a template that
 * shows none of them costs none.
 *
 * @since 0.1.0
 */
public final class ErrorPageModel {

	private final StackTraces stackTraces;

	private final ErrorPageTexts texts;

	/**
	 * Create a model builder.
	 * @param stackTraces whether and how stack traces are included
	 * @param messages the texts of the pages
	 */
	public ErrorPageModel(StackTraces stackTraces, ErrorMessages messages) {
		Assert.notNull(stackTraces, "'stackTraces' must not be null");
		Assert.notNull(messages, "'messages' must not be null");
		this.stackTraces = stackTraces;
		this.texts = new ErrorPageTexts(messages);
	}

	/**
	 * Build the model of an error.
	 * @param error the error
	 * @param locale the client's locale
	 * @return a new, mutable model
	 */
	public Map<String, Object> build(ErrorContext error, Locale locale) {
		return build(error, locale, Supplier::get);
	}

	/**
	 * Build the model of an error, with the texts deferred.
	 * @param error the error
	 * @param locale the client's locale
	 * @param deferred turns the supplier of a text into the model's value, such as a
	 * template engine's lazy variable that calls the supplier only when a template reads
	 * it
	 * @return a new, mutable model
	 */
	public Map<String, Object> build(ErrorContext error, Locale locale, Function<Supplier<?>, Object> deferred) {
		ErrorDescription description = error.getDescription();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("status", description.status());
		model.put("title", description.title());
		model.put("detail", description.detail());
		model.put("showDetail", description.showDetail());
		model.put("code", description.code());
		model.put("path", error.getPath());
		model.put("timestamp", error.getTimestamp());
		model.put("errors", description.errors());
		model.put("properties", description.properties());
		model.putAll(error.getReferences());
		model.put("reference", error.getReference());
		model.put("heading", deferred.apply(() -> this.texts.heading(description, locale)));
		model.put("message", deferred.apply(() -> this.texts.message(description, locale)));
		model.put("texts", deferred.apply(() -> this.texts.labels(description.status(), locale)));
		model.put("lang", deferred.apply(() -> this.texts.language(locale)));
		model.put("homeUrl", error.getRequest().getContextPath() + "/");
		String stackTrace = this.stackTraces.format(error.getException());
		if (stackTrace != null) {
			model.put("stackTrace", stackTrace);
		}
		return model;
	}

}
