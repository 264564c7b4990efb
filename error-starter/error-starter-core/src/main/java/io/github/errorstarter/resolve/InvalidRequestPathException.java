package io.github.errorstarter.resolve;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request's path could not be parsed, for example a path parameter with broken
 * percent-encoding ({@code /orders;jsessionid=%zz}): Spring fails with an
 * {@link IllegalArgumentException} before any handler is chosen. The client sent it, so
 * it is a {@code 400} with the code {@code INVALID_REQUEST_PATH}, and not a server error
 * that would flood the log and Sentry.
 *
 * @since 0.1.0
 */
public class InvalidRequestPathException extends ErrorResponseException {

	/**
	 * Create the exception.
	 * @param cause the exception Spring raised while parsing the path
	 */
	public InvalidRequestPathException(Throwable cause) {
		super(HttpStatus.BAD_REQUEST,
				ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request path is not valid."), cause);
	}

}
