package io.github.errorstarter.resolve;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What an error means for the client, independent of how it is rendered: the HTTP status,
 * the RFC 9457 members, a stable code, extra properties and the response headers the
 * exception carries.
 *
 * @param status the HTTP status code, also for codes Spring has no constant for
 * @param type the problem type, {@code about:blank} unless configured
 * @param title a short, human-readable summary of the problem type
 * @param detail the explanation that may be shown to the client: the error's own, or the
 * generic text of its status when its own may not be shown
 * @param showDetail whether the detail is worth showing people: it is the error's own
 * rather than the generic text of the status, and says more than an error page shows
 * anyway (Spring's detail of an unknown URL only repeats the path)
 * @param code a stable, machine-readable error code such as {@code NOT_FOUND}
 * @param errors the validation errors, empty when the error is not a validation failure
 * @param properties extra members for the problem body (never {@code null})
 * @param headers headers to send with the error response, such as {@code Allow}
 * @since 0.1.0
 */
public record ErrorDescription(int status, URI type, String title, String detail, boolean showDetail, String code,
		List<ValidationError> errors, Map<String, Object> properties, HttpHeaders headers) {

	/**
	 * The type of problems that have no more specific type.
	 */
	public static final URI BLANK_TYPE = URI.create("about:blank");

	public ErrorDescription {
		errors = List.copyOf(errors);
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	/**
	 * Whether the status is a server error (5xx), whose details are never shown by
	 * default.
	 * @return {@code true} for a status from 500 to 599
	 */
	public boolean isServerError() {
		return isServerError(this.status);
	}

	/**
	 * Whether a status is a server error (5xx).
	 * @param status the HTTP status code
	 * @return {@code true} for a status from 500 to 599
	 */
	public static boolean isServerError(int status) {
		return HttpStatus.Series.resolve(status) == HttpStatus.Series.SERVER_ERROR;
	}

}
