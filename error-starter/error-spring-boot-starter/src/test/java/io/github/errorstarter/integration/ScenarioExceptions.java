package io.github.errorstarter.integration;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The exceptions the integration test application throws.
 */
final class ScenarioExceptions {

	private ScenarioExceptions() {
	}

	@ResponseStatus(code = HttpStatus.INSUFFICIENT_STORAGE, reason = "The disk quota is exceeded")
	static class QuotaExceededException extends RuntimeException {

	}

	/** Mapped to 507 in application properties only. */
	static class StorageFullException extends RuntimeException {

		StorageFullException(String message) {
			super(message);
		}

	}

	/** Mapped to 599 in application properties only. */
	static class UnusualStatusException extends RuntimeException {

	}

	/** Flask's InvalidAPIUsage: a status, a message and a payload. */
	static class InvalidApiUsageException extends ErrorResponseException {

		InvalidApiUsageException(String detail, Map<String, Object> payload) {
			super(HttpStatus.BAD_REQUEST, problem(detail, payload), null);
		}

		private static ProblemDetail problem(String detail, Map<String, Object> payload) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
			problem.setType(URI.create("https://example.com/problems/invalid-api-usage"));
			payload.forEach(problem::setProperty);
			return problem;
		}

	}

	/** Handled by the application's own advice. */
	static class TeapotException extends RuntimeException {

	}

}
