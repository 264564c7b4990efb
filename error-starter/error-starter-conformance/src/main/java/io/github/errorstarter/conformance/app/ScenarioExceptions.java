package io.github.errorstarter.conformance.app;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The exceptions the test apps throw.
 *
 * @since 0.1.0
 */
public final class ScenarioExceptions {

	private ScenarioExceptions() {
	}

	/**
	 * Annotated with its status and reason.
	 */
	@ResponseStatus(code = HttpStatus.INSUFFICIENT_STORAGE, reason = "The disk quota is exceeded")
	public static class QuotaExceededException extends RuntimeException {

	}

	/**
	 * Mapped to 507 in the app's YAML only ({@code conformance/scenarios.yml}).
	 */
	public static class StorageFullException extends RuntimeException {

		public StorageFullException(String message) {
			super(message);
		}

	}

	/**
	 * Mapped to 599 in application properties only.
	 */
	public static class UnusualStatusException extends RuntimeException {

	}

	/**
	 * Flask's InvalidAPIUsage: a status, a message and a payload.
	 */
	public static class InvalidApiUsageException extends ErrorResponseException {

		public InvalidApiUsageException(String detail, Map<String, Object> payload) {
			super(HttpStatus.BAD_REQUEST, problem(detail, payload), null);
		}

		private static ProblemDetail problem(String detail, Map<String, Object> payload) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
			problem.setType(URI.create("https://example.com/problems/invalid-api-usage"));
			payload.forEach(problem::setProperty);
			return problem;
		}

	}

	/**
	 * Handled by the application's own advice.
	 */
	public static class TeapotException extends RuntimeException {

	}

	/**
	 * A 500 that the reporting and Sentry tests follow.
	 */
	public static class UserLookupException extends RuntimeException {

		public UserLookupException(String message) {
			super(message);
		}

	}

	/**
	 * Its log level is off in the app's properties.
	 */
	public static class QuietException extends RuntimeException {

		public QuietException(String message) {
			super(message);
		}

	}

	/**
	 * Ignored by the Sentry bridge in the app's properties, with its subclasses.
	 */
	public static class IgnoredException extends RuntimeException {

		public IgnoredException(String message) {
			super(message);
		}

	}

	/**
	 * A subclass of an ignored exception.
	 */
	public static class IgnoredSubclassException extends IgnoredException {

		public IgnoredSubclassException(String message) {
			super(message);
		}

	}

}
