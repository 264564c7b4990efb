package io.github.errorstarter.render;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.errorstarter.context.ErrorContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

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
 * their message lookups. The context templates are processed in comes from a
 * {@link ThymeleafContextFactory}, as the web stack needs it for link expressions.
 *
 * @since 0.1.0
 */
public class ThymeleafErrorPageRenderer implements ErrorPageRenderer {

	private static final Log logger = LogFactory.getLog(ThymeleafErrorPageRenderer.class);

	private final Supplier<ITemplateEngine> templateEngine;

	private final ThymeleafContextFactory contextFactory;

	private final ErrorTemplateLocator locator;

	private final ErrorPageModel model;

	private final ErrorPageRenderer fallback;

	private final Set<String> failedTemplates = ConcurrentHashMap.newKeySet();

	private final boolean retryFailedTemplates;

	// asking the bean factory for the engine on every error costs a bean lookup
	@Nullable
	private volatile ITemplateEngine resolvedEngine;

	/**
	 * Create a renderer.
	 * @param templateEngine supplies the application's template engine, or {@code null}
	 * when there is none
	 * @param contextFactory creates the context templates are processed in, as the web
	 * stack needs it
	 * @param locator finds the template for each error
	 * @param model builds the template model
	 * @param fallback renders the page when the template fails
	 */
	public ThymeleafErrorPageRenderer(Supplier<ITemplateEngine> templateEngine, ThymeleafContextFactory contextFactory,
			ErrorTemplateLocator locator, ErrorPageModel model, ErrorPageRenderer fallback) {
		this(templateEngine, contextFactory, locator, model, fallback, false);
	}

	/**
	 * Create a renderer.
	 * @param templateEngine supplies the application's template engine, or {@code null}
	 * when there is none
	 * @param contextFactory creates the context templates are processed in, as the web
	 * stack needs it
	 * @param locator finds the template for each error
	 * @param model builds the template model
	 * @param fallback renders the page when the template fails
	 * @param retryFailedTemplates whether a template that failed is tried again for the
	 * next error, as suits development, where templates are not cached
	 */
	public ThymeleafErrorPageRenderer(Supplier<ITemplateEngine> templateEngine, ThymeleafContextFactory contextFactory,
			ErrorTemplateLocator locator, ErrorPageModel model, ErrorPageRenderer fallback,
			boolean retryFailedTemplates) {
		Assert.notNull(templateEngine, "'templateEngine' must not be null");
		Assert.notNull(contextFactory, "'contextFactory' must not be null");
		Assert.notNull(locator, "'locator' must not be null");
		Assert.notNull(model, "'model' must not be null");
		Assert.notNull(fallback, "'fallback' must not be null");
		this.templateEngine = templateEngine;
		this.contextFactory = contextFactory;
		this.locator = locator;
		this.model = model;
		this.fallback = fallback;
		this.retryFailedTemplates = retryFailedTemplates;
	}

	@Override
	public String render(ErrorContext error, @Nullable PathRule rule) {
		ITemplateEngine engine = templateEngine();
		String template = (engine != null)
				? this.locator.locate((rule != null) ? rule.templateFolder() : null, error.getStatus()) : null;
		if (template == null || (!this.retryFailedTemplates && this.failedTemplates.contains(template))) {
			return this.fallback.render(error, rule);
		}
		try {
			return engine.process(template, context(error));
		}
		catch (RuntimeException | StackOverflowError ex) {
			logFailure(template, ex);
			return this.fallback.render(error, rule);
		}
	}

	private void logFailure(String template, Throwable ex) {
		if (this.failedTemplates.add(template)) {
			logger.error("Error page template '" + template + "' failed to render; errors that use it get the"
					+ " built-in page instead" + (this.retryFailedTemplates ? "" : " until the application restarts")
					+ " (logged once per template)", ex);
		}
	}

	private IContext context(ErrorContext error) {
		Locale locale = error.getRequest().getLocale();
		return this.contextFactory.createContext(error, locale, this.model.build(error, locale, LazyModelValue::of));
	}

	@Nullable
	private ITemplateEngine templateEngine() {
		ITemplateEngine engine = this.resolvedEngine;
		if (engine == null) {
			engine = this.templateEngine.get();
			this.resolvedEngine = engine;
		}
		return engine;
	}

}
