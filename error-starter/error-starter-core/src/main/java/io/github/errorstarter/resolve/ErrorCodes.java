package io.github.errorstarter.resolve;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Derives stable error codes: {@code UserNotFoundException} becomes
 * {@code USER_NOT_FOUND}, a status becomes its constant name ({@code NOT_FOUND}) or
 * {@code HTTP_599}.
 *
 * @since 0.1.0
 */
public final class ErrorCodes {

	private static final Map<String, String> SPRING_CODES = BuiltInMappings.springCodes();

	private ErrorCodes() {
	}

	/**
	 * Derive the code of an exception class.
	 * @param exceptionClass the class
	 * @return the code, or {@code null} when the class says nothing of its own (a generic
	 * carrier such as {@link ResponseStatusException}, or an anonymous class), so the
	 * status should name it
	 */
	@Nullable
	public static String forClass(Class<?> exceptionClass) {
		String springCode = SPRING_CODES.get(exceptionClass.getName());
		if (springCode != null) {
			return springCode;
		}
		if (exceptionClass == ResponseStatusException.class || exceptionClass == ErrorResponseException.class) {
			return null;
		}
		String name = exceptionClass.getSimpleName().replaceFirst("(Exception|Error)$", "");
		return StringUtils.hasText(name) ? toUpperSnake(name) : null;
	}

	/**
	 * Derive the code of a status.
	 * @param status the HTTP status
	 * @return the code
	 */
	public static String forStatus(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name() : "HTTP_" + status;
	}

	/**
	 * Return the name of a status's series, as message codes and template names use it:
	 * {@code 404} becomes {@code 4xx}.
	 * @param status the HTTP status
	 * @return the series name
	 */
	public static String forSeries(int status) {
		return (status / 100) + "xx";
	}

	/**
	 * Turn a code into the last segment of a problem type URI: {@code USER_NOT_FOUND}
	 * becomes {@code user-not-found}.
	 * @param code the code
	 * @return the segment
	 */
	public static String toTypeSegment(String code) {
		return code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static String toUpperSnake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
			.replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
			.toUpperCase(java.util.Locale.ROOT);
	}

}
