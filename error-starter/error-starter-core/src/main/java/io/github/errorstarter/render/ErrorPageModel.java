package io.github.errorstarter.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;

import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Builds the model of error page templates. Keys:
 * <ul>
 * <li>{@code status} (int), {@code title}, {@code detail} (only what may be shown),
 * {@code code}, {@code path}, {@code timestamp} ({@link java.time.Instant});</li>
 * <li>{@code showDetail}: whether the detail says more than the generic text of the
 * status and the path (Spring's detail of an unknown URL does not);</li>
 * <li>{@code errors}: the validation errors ({@code field}, {@code pointer},
 * {@code message}, {@code code}), empty when there are none;</li>
 * <li>{@code traceId}, {@code eventId} and {@code requestId} when present, and
 * {@code reference}: the event id, else the trace id, else the request id, for the user
 * to quote to support;</li>
 * <li>{@code properties}: the exception's extra problem properties;</li>
 * <li>{@code heading} and {@code message}: the page's texts for people, by status
 * ({@code errors.page.heading.404}, ...), and {@code texts}: the page's labels
 * ({@code status}, {@code home}, {@code path}, {@code errors}, {@code reference},
 * {@code referenceHint}, {@code stackTrace}), all from the {@link ErrorMessages};</li>
 * <li>{@code lang}: the language the texts are written in (message
 * {@code errors.page.lang}, which each message bundle sets for its own language), and
 * {@code homeUrl}: the home page, with the context path;</li>
 * <li>{@code stackTrace}, only when stack traces are switched on.</li>
 * </ul>
 * The texts ({@code showDetail}, {@code heading}, {@code message}, {@code texts},
 * {@code lang}) take about twenty message lookups; a renderer can
 * {@linkplain #build(ErrorContext, Locale, Function) defer} them, so that a template that
 * shows none of them costs none.
 *
 * @since 0.1.0
 */
public class ErrorPageModel {

	private static final String[][] LABELS = { { "home", "home" }, { "path", "path" }, { "errors", "errors" },
			{ "reference", "reference" }, { "referenceHint", "reference-hint" }, { "stackTrace", "stack-trace" } };

	private final StackTraces stackTraces;

	private final ErrorMessages messages;

	/**
	 * Create a model builder.
	 * @param stackTraces whether and how stack traces are included
	 * @param messages the texts of the pages
	 */
	public ErrorPageModel(StackTraces stackTraces, ErrorMessages messages) {
		this.stackTraces = stackTraces;
		this.messages = messages;
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
		model.put("showDetail", deferred.apply(() -> showDetail(error, locale)));
		model.put("code", description.code());
		model.put("path", error.getPath());
		model.put("timestamp", error.getTimestamp());
		model.put("errors", description.errors());
		model.put("properties", description.properties());
		model.putAll(error.getReferences());
		model.put("reference", error.getReference());
		model.put("heading", deferred.apply(() -> heading(description, locale)));
		model.put("message", deferred.apply(() -> message(description, locale)));
		model.put("texts", deferred.apply(() -> texts(description.status(), locale)));
		model.put("lang", deferred.apply(() -> language(locale)));
		model.put("homeUrl", error.getRequest().getContextPath() + "/");
		String stackTrace = this.stackTraces.format(error.getException());
		if (stackTrace != null) {
			model.put("stackTrace", stackTrace);
		}
		return model;
	}

	// the language of the texts found, not of the request: a French visitor to an
	// English-only
	// site reads English, and screen readers must pronounce it as such
	private String language(Locale locale) {
		String language = this.messages.find("errors.page.lang", null, locale);
		return (language != null) ? language : locale.toLanguageTag();
	}

	// Spring's own detail of an unknown URL only repeats the path, which the page shows
	// anyway
	private boolean showDetail(ErrorContext error, Locale locale) {
		String detail = error.getDescription().detail();
		Throwable exception = error.getException();
		if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
			return false;
		}
		return detail != null && !detail.isBlank()
				&& !detail.equals(this.messages.genericDetail(error.getStatus(), locale));
	}

	private String heading(ErrorDescription description, Locale locale) {
		String heading = this.messages.pageText("heading", description.status(), locale);
		return (heading != null) ? heading : description.title();
	}

	private String message(ErrorDescription description, Locale locale) {
		String message = this.messages.pageText("message", description.status(), locale);
		return (message != null) ? message : this.messages.genericDetail(description.status(), locale);
	}

	private Map<String, String> texts(int status, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		String statusLabel = this.messages.pageLabel("status", new Object[] { String.valueOf(status) }, locale);
		texts.put("status", (statusLabel != null) ? statusLabel : "Error " + status);
		for (String[] label : LABELS) {
			String text = this.messages.pageLabel(label[1], null, locale);
			texts.put(label[0], (text != null) ? text : "");
		}
		return texts;
	}

}
