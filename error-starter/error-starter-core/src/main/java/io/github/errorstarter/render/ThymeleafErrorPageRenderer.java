package io.github.errorstarter.render;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.errorstarter.context.ErrorContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders error pages from Thymeleaf templates found by the {@link ErrorTemplateLocator},
 * with the model of {@link ErrorPageModel}. The page is rendered into memory first, so a
 * template that fails (a syntax error, a missing fragment, an exception in an expression)
 * never leaves half a page: the {@link StaticErrorPage} is written instead, with the same
 * status, and the failure of each template is logged once. Thymeleaf logs every failure
 * itself, so a template that failed is not tried again while templates are cached
 * (production): its errors get the static page until the application restarts. With the
 * cache off (development) it is tried every time, so a fix shows at once.
 * <p>
 * The texts of the model are lazy: a template that shows none of them does not pay for
 * their message lookups.
 *
 * @since 0.1.0
 */
public class ThymeleafErrorPageRenderer implements ErrorPageRenderer {

	private static final Log logger = LogFactory.getLog(ThymeleafErrorPageRenderer.class);

	private final Supplier<ITemplateEngine> templateEngine;

	private final ErrorTemplateLocator locator;

	private final ErrorPageModel model;

	private final ErrorPageRenderer fallback;

	private final Set<String> failedTemplates = ConcurrentHashMap.newKeySet();

	private final boolean retryFailedTemplates;

	private volatile JakartaServletWebApplication webApplication;

	// asking the bean factory for the engine on every error costs a bean lookup
	private volatile ITemplateEngine resolvedEngine;

	/**
	 * Create a renderer.
	 * @param templateEngine supplies the application's template engine, or {@code null}
	 * when there is none
	 * @param locator finds the template for each error
	 * @param model builds the template model
	 * @param fallback renders the page when the template fails
	 */
	public ThymeleafErrorPageRenderer(Supplier<ITemplateEngine> templateEngine, ErrorTemplateLocator locator,
			ErrorPageModel model, ErrorPageRenderer fallback) {
		this(templateEngine, locator, model, fallback, false);
	}

	/**
	 * Create a renderer.
	 * @param templateEngine supplies the application's template engine, or {@code null}
	 * when there is none
	 * @param locator finds the template for each error
	 * @param model builds the template model
	 * @param fallback renders the page when the template fails
	 * @param retryFailedTemplates whether a template that failed is tried again for the
	 * next error, as suits development, where templates are not cached
	 */
	public ThymeleafErrorPageRenderer(Supplier<ITemplateEngine> templateEngine, ErrorTemplateLocator locator,
			ErrorPageModel model, ErrorPageRenderer fallback, boolean retryFailedTemplates) {
		this.templateEngine = templateEngine;
		this.locator = locator;
		this.model = model;
		this.fallback = fallback;
		this.retryFailedTemplates = retryFailedTemplates;
	}

	@Override
	public String render(ErrorContext error, PathRule rule, HttpServletResponse response) {
		ITemplateEngine engine = templateEngine();
		String template = (engine != null)
				? this.locator.locate((rule != null) ? rule.templateFolder() : null, error.getStatus()) : null;
		if (template == null || (!this.retryFailedTemplates && this.failedTemplates.contains(template))) {
			return this.fallback.render(error, rule, response);
		}
		try {
			return engine.process(template, webContext(error, response));
		}
		catch (RuntimeException | StackOverflowError ex) {
			logFailure(template, ex);
			return this.fallback.render(error, rule, response);
		}
	}

	private void logFailure(String template, Throwable ex) {
		if (this.failedTemplates.add(template)) {
			logger.error("Error page template '" + template + "' failed to render; errors that use it get the"
					+ " built-in page instead" + (this.retryFailedTemplates ? "" : " until the application restarts")
					+ " (logged once per template)", ex);
		}
	}

	private WebContext webContext(ErrorContext error, HttpServletResponse response) {
		HttpServletRequest request = error.getRequest();
		Locale locale = RequestContextUtils.getLocale(request);
		return new WebContext(webApplication(request).buildExchange(request, response), locale,
				this.model.build(error, locale, LazyModelValue::of));
	}

	private JakartaServletWebApplication webApplication(HttpServletRequest request) {
		JakartaServletWebApplication application = this.webApplication;
		if (application == null) {
			application = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.webApplication = application;
		}
		return application;
	}

	private ITemplateEngine templateEngine() {
		ITemplateEngine engine = this.resolvedEngine;
		if (engine == null) {
			engine = this.templateEngine.get();
			this.resolvedEngine = engine;
		}
		return engine;
	}

}
