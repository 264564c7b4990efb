package io.github.errorstarter.render;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.util.ConcurrentLruCache;
import org.springframework.util.StringUtils;

/**
 * Chooses how an error is rendered: the first {@link PathRule} that matches the request
 * path and fixes a format wins; otherwise the {@code Accept} header decides
 * ({@code text/html} gets a page, JSON media types get a problem body, the higher quality
 * wins); a header with only wildcards, no header or one that does not parse gets the
 * default format. A client that accepts neither format gets the problem body: an error is
 * never turned into a 406.
 * <p>
 * Clients send a handful of distinct {@code Accept} headers, so the choice for each is
 * kept (for the last {@value #CACHED_HEADERS}, and only for headers of browser-like
 * length) instead of parsing the header on every error.
 *
 * @since 0.1.0
 */
public final class ErrorFormatNegotiator {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private static final int CACHED_HEADERS = 64;

	private static final int MAX_CACHED_HEADER_LENGTH = 512;

	private final ConcurrentLruCache<String, ErrorFormat> formatsByAccept = new ConcurrentLruCache<>(CACHED_HEADERS,
			this::fromAccept);

	private final List<PathRule> rules;

	private final ErrorFormat defaultFormat;

	/**
	 * Create a negotiator.
	 * @param rules the path rules, first match wins
	 * @param defaultFormat the format for clients that state no preference
	 */
	public ErrorFormatNegotiator(List<PathRule> rules, ErrorFormat defaultFormat) {
		Assert.notNull(rules, "'rules' must not be null");
		Assert.notNull(defaultFormat, "'defaultFormat' must not be null");
		this.rules = List.copyOf(rules);
		this.defaultFormat = defaultFormat;
	}

	/**
	 * Return the first rule matching the path.
	 * @param path the request path, without the context path
	 * @return the rule, or {@code null}
	 */
	@Nullable
	public PathRule findRule(String path) {
		if (this.rules.isEmpty()) {
			return null;
		}
		PathContainer container = parsePath(path);
		for (PathRule rule : this.rules) {
			if (rule.matches(container)) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * Choose the format.
	 * @param rule the rule matching the request, or {@code null}
	 * @param accept the {@code Accept} header, or {@code null}
	 * @return the format
	 */
	public ErrorFormat negotiate(@Nullable PathRule rule, @Nullable String accept) {
		if (rule != null && rule.format() != null) {
			return rule.format();
		}
		if (accept != null && !accept.isEmpty() && accept.length() <= MAX_CACHED_HEADER_LENGTH) {
			return this.formatsByAccept.get(accept);
		}
		return fromAccept(accept);
	}

	// a path with broken percent-encoding still gets its error rendered: it is matched as
	// written
	private static PathContainer parsePath(String path) {
		try {
			return PathContainer.parsePath(path);
		}
		catch (IllegalArgumentException ex) {
			return PathContainer.parsePath(path.replace("%", "%25"));
		}
	}

	private ErrorFormat fromAccept(@Nullable String accept) {
		if (!StringUtils.hasText(accept)) {
			return this.defaultFormat;
		}
		List<MediaType> mediaTypes;
		try {
			mediaTypes = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return this.defaultFormat;
		}
		return choose(mediaTypes);
	}

	private ErrorFormat choose(List<MediaType> mediaTypes) {
		double html = 0;
		double json = 0;
		boolean wildcard = false;
		for (MediaType mediaType : mediaTypes) {
			double quality = mediaType.getQualityValue();
			if (isHtml(mediaType)) {
				html = Math.max(html, quality);
			}
			else if (isJson(mediaType)) {
				json = Math.max(json, quality);
			}
			else if (mediaType.isWildcardType() && quality > 0) {
				wildcard = true;
			}
		}
		if (html > 0 || json > 0) {
			return (html > json) ? ErrorFormat.HTML : ErrorFormat.JSON;
		}
		return wildcard ? this.defaultFormat : ErrorFormat.JSON;
	}

	private static boolean isHtml(MediaType mediaType) {
		return MediaType.TEXT_HTML.equalsTypeAndSubtype(mediaType)
				|| MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(mediaType)
				|| ("text".equals(mediaType.getType()) && mediaType.isWildcardSubtype());
	}

	private static boolean isJson(MediaType mediaType) {
		return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(mediaType)
				|| PROBLEM_JSON.equalsTypeAndSubtype(mediaType)
				|| ("application".equals(mediaType.getType()) && mediaType.getSubtype().endsWith("+json"));
	}

}
