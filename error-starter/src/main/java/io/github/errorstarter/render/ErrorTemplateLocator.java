package io.github.errorstarter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.context.ApplicationContext;

/**
 * Finds the template of an error page, most specific first: the path rule's folder
 * ({@code blog/error/404}, {@code blog/error/4xx}, {@code blog/error/error}), then
 * {@code error/404}, {@code error/4xx}, {@code error/error}, Spring Boot's catch-all
 * {@code error}, then the starter's own {@value #DEFAULT_TEMPLATE}. Whether a template
 * exists is asked of Spring Boot's {@link TemplateAvailabilityProviders}. The template
 * found for a folder and status is kept, as asking costs a property lookup per candidate,
 * unless {@code spring.template.provider.cache} is off (development), so new templates
 * show at once.
 *
 * @since 0.1.0
 */
public class ErrorTemplateLocator {

	/**
	 * The starter's default template, in a folder that cannot collide with the
	 * application's {@code error/} templates.
	 */
	public static final String DEFAULT_TEMPLATE = "error-starter/error";

	private final TemplateAvailabilityProviders providers;

	private final ApplicationContext applicationContext;

	private final Map<String, String> located;

	/**
	 * Create a locator.
	 * @param applicationContext the application context whose templates are searched
	 */
	public ErrorTemplateLocator(ApplicationContext applicationContext) {
		this(new TemplateAvailabilityProviders(applicationContext), applicationContext);
	}

	ErrorTemplateLocator(TemplateAvailabilityProviders providers, ApplicationContext applicationContext) {
		this.providers = providers;
		this.applicationContext = applicationContext;
		boolean cache = applicationContext.getEnvironment()
			.getProperty("spring.template.provider.cache", Boolean.class, true);
		this.located = cache ? new ConcurrentHashMap<>() : null;
	}

	/**
	 * Return the name of the most specific template for an error.
	 * @param folder the path rule's template folder, or {@code null}
	 * @param status the HTTP status
	 * @return the template name
	 */
	public String locate(String folder, int status) {
		if (this.located == null) {
			return find(folder, status);
		}
		return this.located.computeIfAbsent(folder + "/" + status, (key) -> find(folder, status));
	}

	private String find(String folder, int status) {
		for (String candidate : candidates(folder, status)) {
			if (this.providers.getProvider(candidate, this.applicationContext) != null) {
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
	public static List<String> candidates(String folder, int status) {
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
		candidates.add(prefix + (status / 100) + "xx");
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
