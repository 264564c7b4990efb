package io.github.errorstarter.sample.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Flask's {@code InvalidAPIUsage}: a message, a status (400 unless given) and a payload.
 * Here it is a Spring {@link ErrorResponseException}, and the payload is put into its
 * {@link ProblemDetail}, so each entry becomes a member of the problem body. No handler
 * is needed: error-starter reads the status, detail and properties.
 */
public class InvalidApiUsageException extends ErrorResponseException {

	public InvalidApiUsageException(String message, Map<String, ?> payload) {
		this(HttpStatus.BAD_REQUEST, message, payload);
	}

	public InvalidApiUsageException(HttpStatus status, String message, Map<String, ?> payload) {
		super(status, problemDetail(status, message, payload), null);
	}

	private static ProblemDetail problemDetail(HttpStatus status, String message, Map<String, ?> payload) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, message);
		payload.forEach(body::setProperty);
		return body;
	}

}
