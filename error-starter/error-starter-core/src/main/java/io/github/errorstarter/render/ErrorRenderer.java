package io.github.errorstarter.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Chooses the format of an error with the {@link ErrorFormatNegotiator} and writes it:
 * the status, the headers the error carries, {@code Cache-Control: no-store}, and the
 * body, except for {@code HEAD} requests. A response that is already committed is left
 * alone and logged.
 *
 * @since 0.1.0
 */
public class ErrorRenderer {

	private static final Log logger = LogFactory.getLog(ErrorRenderer.class);

	private static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final ErrorFormatNegotiator negotiator;

	private final ProblemJsonRenderer problemJsonRenderer;

	private final ErrorPageRenderer pageRenderer;

	/**
	 * Create a renderer.
	 * @param negotiator chooses the format
	 * @param problemJsonRenderer renders problem bodies
	 * @param pageRenderer renders pages
	 */
	public ErrorRenderer(ErrorFormatNegotiator negotiator, ProblemJsonRenderer problemJsonRenderer,
			ErrorPageRenderer pageRenderer) {
		this.negotiator = negotiator;
		this.problemJsonRenderer = problemJsonRenderer;
		this.pageRenderer = pageRenderer;
	}

	/**
	 * Render an error into the response.
	 * @param error the error
	 * @param response the response
	 * @throws IOException if writing the body fails
	 */
	public void render(ErrorContext error, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			logger.warn("Cannot render error " + error.getStatus() + " for " + error.getMethod() + " " + error.getPath()
					+ ": the response is already committed");
			return;
		}
		PathRule rule = this.negotiator.findRule(error.getPath());
		ErrorFormat format = this.negotiator.negotiate(rule, error.getRequest().getHeader(HttpHeaders.ACCEPT));
		RenderedError rendered = (format == ErrorFormat.HTML) ? renderPage(error, rule, response)
				: this.problemJsonRenderer.render(error);
		write(error, rendered, response);
	}

	private RenderedError renderPage(ErrorContext error, PathRule rule, HttpServletResponse response) {
		String page = this.pageRenderer.render(error, rule, response);
		return new RenderedError(HTML_UTF8, page.getBytes(StandardCharsets.UTF_8));
	}

	private void write(ErrorContext error, RenderedError rendered, HttpServletResponse response) throws IOException {
		ServletOutputStream out = discardBody(response);
		response.setStatus(error.getStatus());
		error.getDescription().headers().forEach((name, values) -> {
			for (int i = 0; i < values.size(); i++) {
				if (i == 0) {
					response.setHeader(name, values.get(i));
				}
				else {
					response.addHeader(name, values.get(i));
				}
			}
		});
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(rendered.contentType().toString());
		response.setContentLength(rendered.body().length);
		if (!"HEAD".equals(error.getMethod())) {
			out.write(rendered.body());
		}
	}

	// Drops what the failed handler may have buffered, but keeps headers such as CORS. A
	// handler
	// that called getWriter() locked the charset and, by the servlet spec,
	// getOutputStream();
	// only reset() lifts that, so the headers that do not describe the discarded body are
	// kept.
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
