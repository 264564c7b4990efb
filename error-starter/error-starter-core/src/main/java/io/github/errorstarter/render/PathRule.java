package io.github.errorstarter.render;

import org.springframework.http.server.PathContainer;
import org.springframework.lang.Nullable;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How errors of requests under one path pattern are rendered: in a fixed format, from
 * their own template folder, or both.
 *
 * @param pattern the path pattern, such as {@code /api/**}
 * @param format the format to always use, or {@code null} to negotiate
 * @param templateFolder the folder whose {@code error/} templates are tried first, such
 * as {@code blog}, or {@code null}
 * @since 0.1.0
 */
public record PathRule(PathPattern pattern, @Nullable ErrorFormat format, @Nullable String templateFolder) {

	/**
	 * Create a rule from a pattern string.
	 * @param pattern the pattern in {@link PathPattern} syntax
	 * @param format the format, or {@code null}
	 * @param templateFolder the template folder, or {@code null}
	 * @return the rule
	 */
	public static PathRule of(String pattern, @Nullable ErrorFormat format, @Nullable String templateFolder) {
		return new PathRule(PathPatternParser.defaultInstance.parse(pattern), format, templateFolder);
	}

	/**
	 * Whether the rule applies to the given path.
	 * @param path the parsed request path, without the context path
	 * @return {@code true} if the pattern matches
	 */
	public boolean matches(PathContainer path) {
		return this.pattern.matches(path);
	}

}
