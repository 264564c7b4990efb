package io.github.errorstarter.render;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.errorstarter.context.ErrorContext;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * Chooses the format of an error with the {@link ErrorFormatNegotiator} and renders it
 * into a {@link RenderedError}: the status, the headers the error carries,
 * {@code Cache-Control: no-store}, {@code Vary: Accept} when the {@code Accept} header
 * chose the format, and the body, which a {@code HEAD} request does not get. The door
 * writes it.
 *
 * @since 0.1.0
 */
public class ErrorRenderer {

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
		Assert.notNull(negotiator, "'negotiator' must not be null");
		Assert.notNull(problemJsonRenderer, "'problemJsonRenderer' must not be null");
		Assert.notNull(pageRenderer, "'pageRenderer' must not be null");
		this.negotiator = negotiator;
		this.problemJsonRenderer = problemJsonRenderer;
		this.pageRenderer = pageRenderer;
	}

	/**
	 * Render an error.
	 * @param error the error
	 * @return the response to write
	 */
	public RenderedError render(ErrorContext error) {
		PathRule rule = this.negotiator.findRule(error.getPath());
		ErrorFormat format = this.negotiator.negotiate(rule, error.getRequest().getHeader(HttpHeaders.ACCEPT));
		HttpHeaders headers = new HttpHeaders();
		// HttpHeaders is a Map on Framework 6 but not on 7: only methods of both may be
		// called
		error.getDescription().headers().forEach((name, values) -> values.forEach((value) -> headers.add(name, value)));
		headers.setCacheControl("no-store");
		if (rule == null || rule.format() == null) {
			// a cache must not serve a page to an API client, or JSON to a browser
			headers.setVary(List.of(HttpHeaders.ACCEPT));
		}
		boolean sendBody = !HttpMethod.HEAD.matches(error.getMethod());
		if (format == ErrorFormat.HTML) {
			String page = this.pageRenderer.render(error, rule);
			return new RenderedError(error, headers, HTML_UTF8, page.getBytes(StandardCharsets.UTF_8), sendBody);
		}
		return new RenderedError(error, headers, MediaType.APPLICATION_PROBLEM_JSON,
				this.problemJsonRenderer.render(error), sendBody);
	}

}
