package io.github.errorstarter.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.resolve.ErrorCodes;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;

import org.springframework.lang.Nullable;

/**
 * The texts of error pages for people, from the {@link ErrorMessages} (the application's
 * messages first, then the starter's). Codes: {@code errors.page.<name>.<status>}, then
 * {@code errors.page.<name>.<series>}, then {@code errors.page.<name>} for the texts that
 * differ by status ({@code heading}, {@code message}); {@code errors.page.<name>} for the
 * labels, the same for every status; {@code errors.page.lang} for the language the texts
 * are written in, which each message bundle sets for its own language.
 */
final class ErrorPageTexts {

	private static final String PREFIX = "errors.page.";

	private static final String[][] LABELS = { { "home", "home" }, { "path", "path" }, { "errors", "errors" },
			{ "reference", "reference" }, { "referenceHint", "reference-hint" }, { "stackTrace", "stack-trace" } };

	private final ErrorMessages messages;

	ErrorPageTexts(ErrorMessages messages) {
		this.messages = messages;
	}

	@Nullable
	String heading(ErrorDescription description, Locale locale) {
		String heading = byStatus("heading", description.status(), locale);
		return (heading != null) ? heading : description.title();
	}

	String message(ErrorDescription description, Locale locale) {
		String message = byStatus("message", description.status(), locale);
		return (message != null) ? message : this.messages.genericDetail(description.status(), locale);
	}

	Map<String, String> labels(int status, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		String statusLabel = label("status", new Object[] { String.valueOf(status) }, locale);
		labels.put("status", (statusLabel != null) ? statusLabel : "Error " + status);
		for (String[] label : LABELS) {
			String text = label(label[1], null, locale);
			labels.put(label[0], (text != null) ? text : "");
		}
		return labels;
	}

	// the language of the texts found, not of the request: a French visitor to an
	// English-only site reads English, and screen readers must pronounce it as such
	String language(Locale locale) {
		String language = label("lang", null, locale);
		return (language != null) ? language : locale.toLanguageTag();
	}

	@Nullable
	private String byStatus(String name, int status, Locale locale) {
		String prefix = PREFIX + name + ".";
		String text = this.messages.find(prefix + status, null, locale);
		if (text == null) {
			text = this.messages.find(prefix + ErrorCodes.forSeries(status), null, locale);
		}
		return (text != null) ? text : label(name, null, locale);
	}

	@Nullable
	private String label(String name, @Nullable Object[] args, Locale locale) {
		return this.messages.find(PREFIX + name, args, locale);
	}

}
