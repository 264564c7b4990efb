package io.github.errorstarter.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.lang.Nullable;

/**
 * One failed constraint of a validation error: on a field (or parameter) or on the object
 * as a whole.
 *
 * @param field the field, parameter or property path, {@code null} for a global error
 * @param pointer the JSON pointer to the field in the request body, {@code null} for a
 * global error
 * @param message the human-readable message
 * @param code the constraint's code, such as {@code NotBlank}
 * @since 0.1.0
 */
public record ValidationError(@Nullable String field, @Nullable String pointer, @Nullable String message,
		@Nullable String code) {

	private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]*)]|([^.\\[\\]]+)");

	/**
	 * Create an error for a field, deriving its JSON pointer from the property path.
	 * @param field the property path, such as {@code address.lines[0]}
	 * @param message the message
	 * @param code the constraint code
	 * @return the error
	 */
	public static ValidationError forField(String field, @Nullable String message, @Nullable String code) {
		return new ValidationError(field, toPointer(field), message, code);
	}

	/**
	 * Create an error for the object as a whole.
	 * @param message the message
	 * @param code the constraint code
	 * @return the error
	 */
	public static ValidationError global(@Nullable String message, @Nullable String code) {
		return new ValidationError(null, null, message, code);
	}

	// a bracketed index or map key is one segment, even when it contains dots
	private static String toPointer(String path) {
		StringBuilder pointer = new StringBuilder("#");
		Matcher segments = SEGMENT.matcher(path);
		while (segments.find()) {
			String segment = (segments.group(1) != null) ? segments.group(1) : segments.group(2);
			pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
		}
		return pointer.toString();
	}

}
