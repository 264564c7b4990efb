package io.github.errorstarter.resolve;

import java.net.URI;

import org.springframework.lang.Nullable;

/**
 * How one exception class (and its subclasses without a mapping of their own) is
 * described. Members left {@code null} fall back to what the exception itself provides.
 *
 * @param status the HTTP status
 * @param code the error code, or {@code null} to derive it
 * @param type the problem type, or {@code null}
 * @param title the title, or {@code null} to look it up
 * @param detail a fixed detail replacing the exception message, or {@code null}
 * @since 0.1.0
 */
public record ExceptionMapping(int status, @Nullable String code, @Nullable URI type, @Nullable String title,
		@Nullable String detail) {

	/**
	 * Create a mapping that only sets the status.
	 * @param status the HTTP status
	 * @return the mapping
	 */
	public static ExceptionMapping ofStatus(int status) {
		return new ExceptionMapping(status, null, null, null, null);
	}

	/**
	 * Create a mapping with a status and a fixed detail.
	 * @param status the HTTP status
	 * @param detail the detail
	 * @return the mapping
	 */
	public static ExceptionMapping of(int status, @Nullable String detail) {
		return new ExceptionMapping(status, null, null, null, detail);
	}

}
