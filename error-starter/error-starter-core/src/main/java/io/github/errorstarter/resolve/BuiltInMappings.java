package io.github.errorstarter.resolve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the starter knows about exceptions that do not describe themselves: bad input that
 * Spring reports without an {@link org.springframework.web.ErrorResponse}, bean
 * validation and Spring Security. Classes of absent libraries are skipped. Internal:
 * public for the wiring, not meant for applications, which map exceptions with
 * {@code errors.exceptions}.
 *
 * @since 0.1.0
 */
public final class BuiltInMappings {

	private BuiltInMappings() {
	}

	/**
	 * Mappings for known exceptions that are not {@code ErrorResponse}s, keyed by class
	 * name.
	 * @return the mappings
	 */
	public static Map<String, ExceptionMapping> knownExceptions() {
		Map<String, ExceptionMapping> known = new LinkedHashMap<>();
		known.put("org.springframework.http.converter.HttpMessageNotReadableException",
				mapping(400, "MALFORMED_REQUEST_BODY", "The request body is missing or malformed."));
		known.put("org.springframework.beans.TypeMismatchException",
				mapping(400, "TYPE_MISMATCH", "A request value does not have the expected type."));
		known.put("org.springframework.validation.BindException",
				mapping(400, "VALIDATION_FAILED", "Invalid request content."));
		known.put("jakarta.validation.ConstraintViolationException",
				mapping(400, "VALIDATION_FAILED", "Invalid request content."));
		known.put("jakarta.validation.ValidationException", ExceptionMapping.ofStatus(500));
		known.put("org.springframework.web.multipart.MaxUploadSizeExceededException",
				mapping(413, "PAYLOAD_TOO_LARGE", "The uploaded content is too large."));
		known.put("org.springframework.web.multipart.MultipartException",
				mapping(400, "MALFORMED_MULTIPART", "The multipart request could not be read."));
		known.put("org.springframework.security.core.AuthenticationException",
				mapping(401, "UNAUTHORIZED", "Authentication is required to access this resource."));
		known.put("org.springframework.security.access.AccessDeniedException",
				mapping(403, "ACCESS_DENIED", "You do not have permission to access this resource."));
		return known;
	}

	/**
	 * Stable codes for Spring MVC's own exceptions, keyed by class name; they describe
	 * their status themselves, but their class names make poor codes.
	 * @return the codes
	 */
	public static Map<String, String> springCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put("org.springframework.web.servlet.resource.NoResourceFoundException", "NOT_FOUND");
		codes.put("org.springframework.web.servlet.NoHandlerFoundException", "NOT_FOUND");
		codes.put("org.springframework.web.HttpRequestMethodNotSupportedException", "METHOD_NOT_ALLOWED");
		codes.put("org.springframework.web.HttpMediaTypeNotSupportedException", "UNSUPPORTED_MEDIA_TYPE");
		codes.put("org.springframework.web.HttpMediaTypeNotAcceptableException", "NOT_ACCEPTABLE");
		codes.put("org.springframework.web.bind.MethodArgumentNotValidException", "VALIDATION_FAILED");
		codes.put("org.springframework.web.method.annotation.HandlerMethodValidationException", "VALIDATION_FAILED");
		codes.put("org.springframework.web.bind.MissingServletRequestParameterException", "MISSING_PARAMETER");
		codes.put("org.springframework.web.bind.MissingRequestHeaderException", "MISSING_HEADER");
		codes.put("org.springframework.web.bind.MissingRequestCookieException", "MISSING_COOKIE");
		codes.put("org.springframework.web.bind.MissingPathVariableException", "MISSING_PATH_VARIABLE");
		codes.put("org.springframework.web.multipart.support.MissingServletRequestPartException", "MISSING_PART");
		codes.put("org.springframework.web.bind.ServletRequestBindingException", "BAD_REQUEST");
		codes.put("org.springframework.web.context.request.async.AsyncRequestTimeoutException", "REQUEST_TIMEOUT");
		codes.put("org.springframework.web.multipart.MaxUploadSizeExceededException", "PAYLOAD_TOO_LARGE");
		return codes;
	}

	/**
	 * Exceptions whose own detail only repeats the request path, which an error page
	 * shows anyway: Spring's unknown URLs, on both web stacks.
	 * @return the class names
	 */
	public static Set<String> pathOnlyDetails() {
		return Set.of("org.springframework.web.servlet.resource.NoResourceFoundException",
				"org.springframework.web.servlet.NoHandlerFoundException",
				"org.springframework.web.reactive.resource.NoResourceFoundException");
	}

	private static ExceptionMapping mapping(int status, String code, String detail) {
		return new ExceptionMapping(status, code, null, null, detail);
	}

}
