package io.github.errorstarter.render;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.core.Ordered;

/**
 * Resolves error-starter's own templates ({@code error-starter/*}, from
 * {@code templates/error-starter/} on the class path) whatever prefix the application's
 * Thymeleaf uses, so the default page and its {@code style} fragment are there even when
 * {@code spring.thymeleaf.prefix} points elsewhere. It answers for no other template
 * names, so it may go first.
 *
 * @since 0.1.0
 */
public class DefaultErrorPageTemplateResolver extends ClassLoaderTemplateResolver {

	/**
	 * Create a resolver.
	 * @param cacheable whether resolved templates are cached, as the application's are
	 */
	public DefaultErrorPageTemplateResolver(boolean cacheable) {
		super(DefaultErrorPageTemplateResolver.class.getClassLoader());
		setName("error-starter");
		setPrefix("templates/");
		setSuffix(".html");
		setResolvablePatterns(Set.of("error-starter/*"));
		setTemplateMode(TemplateMode.HTML);
		setCharacterEncoding(StandardCharsets.UTF_8.name());
		setCheckExistence(true);
		setCacheable(cacheable);
		setOrder(Ordered.HIGHEST_PRECEDENCE);
	}

}
