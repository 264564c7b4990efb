package io.github.errorstarter.render;

import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import org.thymeleaf.context.IContext;

/**
 * Creates the Thymeleaf context an error page template is processed in. The context is
 * what differs by web stack: link expressions ({@code @{/}}) need a web context built
 * from the stack's own request and response, such as
 * {@code io.github.errorstarter.web.ServletThymeleafContextFactory} for servlet
 * applications.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ThymeleafContextFactory {

	/**
	 * Create the context of an error's page.
	 * @param error the error
	 * @param locale the locale the page is written in
	 * @param variables the template model
	 * @return the context
	 */
	IContext createContext(ErrorContext error, Locale locale, Map<String, Object> variables);

}
