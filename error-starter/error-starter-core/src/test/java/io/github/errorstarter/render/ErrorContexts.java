package io.github.errorstarter.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ValidationError;
import io.github.errorstarter.web.ServletErrorRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Builds the {@link ErrorContext}s that render tests feed to renderers.
 */
final class ErrorContexts {

	static final Instant TIMESTAMP = Instant.parse("2026-01-02T03:04:05Z");

	private ErrorContexts() {
	}

	static ErrorDescription description(int status, String title, String detail) {
		return description(status, title, detail, List.of(), Map.of(), HttpHeaders.EMPTY);
	}

	static ErrorDescription description(int status, String title, String detail, List<ValidationError> errors,
			Map<String, Object> properties, HttpHeaders headers) {
		return new ErrorDescription(status, ErrorDescription.BLANK_TYPE, title, detail, true, "SOME_CODE", errors,
				properties, headers);
	}

	static ErrorContext context(MockHttpServletRequest request, ErrorDescription description, Throwable exception) {
		return new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()), description, exception,
				TIMESTAMP);
	}

	static ErrorContext context(String path, ErrorDescription description) {
		return context(new MockHttpServletRequest("GET", path), description, null);
	}

}
