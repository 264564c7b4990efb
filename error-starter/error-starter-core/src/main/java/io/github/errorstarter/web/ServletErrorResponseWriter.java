package io.github.errorstarter.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.render.RenderedError;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;

/**
 * Writes a {@link RenderedError} into a servlet response: drops what the failed handler
 * may have buffered, sets the status and headers, and writes the body unless it is not to
 * be sent. A response that is already committed is left alone and logged.
 */
final class ServletErrorResponseWriter {

	private static final Log logger = LogFactory.getLog(ServletErrorResponseWriter.class);

	void write(RenderedError rendered, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			logger.warn("Cannot render error " + rendered.status() + " for " + rendered.error().getMethod() + " "
					+ rendered.error().getPath() + ": the response is already committed");
			return;
		}
		ServletOutputStream out = discardBody(response);
		response.setStatus(rendered.status());
		rendered.headers().forEach((name, values) -> writeHeader(response, name, values));
		response.setContentType(rendered.contentType().toString());
		response.setContentLength(rendered.body().length);
		if (rendered.sendBody()) {
			out.write(rendered.body());
		}
	}

	private static void writeHeader(HttpServletResponse response, String name, List<String> values) {
		boolean vary = HttpHeaders.VARY.equalsIgnoreCase(name);
		for (int i = 0; i < values.size(); i++) {
			if (vary) {
				addVary(response, values.get(i));
			}
			else if (i == 0) {
				response.setHeader(name, values.get(i));
			}
			else {
				response.addHeader(name, values.get(i));
			}
		}
	}

	// what the response already varies on (CORS's Origin) still holds for the error
	private static void addVary(HttpServletResponse response, String value) {
		for (String existing : response.getHeaders(HttpHeaders.VARY)) {
			for (String token : existing.split(",")) {
				if (token.trim().equalsIgnoreCase(value)) {
					return;
				}
			}
		}
		response.addHeader(HttpHeaders.VARY, value);
	}

	// Drops what the failed handler may have buffered, but keeps headers such as CORS. A
	// handler that called getWriter() locked the charset and, by the servlet spec,
	// getOutputStream(); only reset() lifts that, so the headers that do not describe the
	// discarded body are kept.
	private static ServletOutputStream discardBody(HttpServletResponse response) throws IOException {
		response.resetBuffer();
		try {
			return response.getOutputStream();
		}
		catch (IllegalStateException ex) {
			Map<String, List<String>> kept = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!isAboutBody(name)) {
					kept.put(name, new ArrayList<>(response.getHeaders(name)));
				}
			}
			response.reset();
			kept.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			return response.getOutputStream();
		}
	}

	private static boolean isAboutBody(String headerName) {
		String name = headerName.toLowerCase(Locale.ROOT);
		return name.startsWith("content-") || name.equals("transfer-encoding");
	}

}
