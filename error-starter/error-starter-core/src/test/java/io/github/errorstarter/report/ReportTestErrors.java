package io.github.errorstarter.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.web.ServletErrorRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Builds {@link ErrorContext}s for unit tests of reporters.
 */
public final class ReportTestErrors {

	private ReportTestErrors() {
	}

	public static ErrorContext error(String path, int status, String code, Throwable exception) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, "Title", "Detail",
				true, code, List.of(), Map.of(), new HttpHeaders());
		return new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()), description, exception,
				Instant.now());
	}

}
