package io.github.errorstarter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.github.errorstarter.resolve.ErrorCodes;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * Finds the template of an error page, most specific first: the path rule's folder
 * ({@code blog/error/404}, {@code blog/error/4xx}, {@code blog/error/error}), then
 * {@code error/404}, {@code error/4xx}, {@code error/error}, Spring Boot's catch-all
 * {@code error}, then the starter's own {@value #DEFAULT_TEMPLATE}. Whether a template
 * exists is asked of a predicate (in a Spring Boot app, Boot's
 * {@code TemplateAvailabilityProviders}). The template found for a folder and status is
 * kept, as asking costs a property lookup per candidate, unless caching is off
 * (development, {@code spring.template.provider.cache=false}), so new templates show at
 * once.
 *
 * @since 0.1.0
 */
public final class ErrorTemplateLocator {

	/**
	 * The starter's default template, in a folder that cannot collide with the
	 * application's {@code error/} templates.
	 */
	public static final String DEFAULT_TEMPLATE = "error-starter/error";

	private final Predicate<String> templateAvailable;

	@Nullable
	private final Map<String, String> located;

	/**
	 * Create a locator.
	 * @param templateAvailable tells whether a template of the given name exists
	 * @param cache whether the template found for a folder and status is kept
	 */
	public ErrorTemplateLocator(Predicate<String> templateAvailable, boolean cache) {
		Assert.notNull(templateAvailable, "'templateAvailable' must not be null");
		this.templateAvailable = templateAvailable;
		this.located = cache ? new ConcurrentHashMap<>() : null;
	}

	/**
	 * Return the name of the most specific template for an error.
	 * @param folder the path rule's template folder, or {@code null}
	 * @param status the HTTP status
	 * @return the template name
	 */
	public String locate(@Nullable String folder, int status) {
		if (this.located == null) {
			return find(folder, status);
		}
		return this.located.computeIfAbsent(folder + "/" + status, (key) -> find(folder, status));
	}

	private String find(@Nullable String folder, int status) {
		for (String candidate : candidates(folder, status)) {
			if (this.templateAvailable.test(candidate)) {
				return candidate;
			}
		}
		return DEFAULT_TEMPLATE;
	}

	/**
	 * Return the template names tried for an error, most specific first, without the
	 * default.
	 * @param folder the path rule's template folder, or {@code null}
	 * @param status the HTTP status
	 * @return the names
	 */
	public static List<String> candidates(@Nullable String folder, int status) {
		List<String> candidates = new ArrayList<>(6);
		if (folder != null && !folder.isBlank()) {
			addFolder(candidates, stripSlashes(folder) + "/error/", status);
		}
		addFolder(candidates, "error/", status);
		// Spring Boot's convention for a catch-all error view, so existing apps keep
		// their page
		candidates.add("error");
		return candidates;
	}

	private static void addFolder(List<String> candidates, String prefix, int status) {
		candidates.add(prefix + status);
		candidates.add(prefix + ErrorCodes.forSeries(status));
		candidates.add(prefix + "error");
	}

	private static String stripSlashes(String folder) {
		String stripped = folder.strip();
		while (stripped.startsWith("/")) {
			stripped = stripped.substring(1);
		}
		while (stripped.endsWith("/")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		return stripped;
	}

}
