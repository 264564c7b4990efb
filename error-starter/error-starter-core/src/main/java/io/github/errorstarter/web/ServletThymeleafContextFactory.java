package io.github.errorstarter.web;

import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.render.ThymeleafContextFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.lang.Nullable;

/**
 * Creates Thymeleaf's {@link WebContext} of a servlet request, in which link expressions
 * ({@code @{/}}) get the context path. An error that did not come through a servlet door
 * gets a plain context.
 *
 * @since 0.1.0
 */
public final class ServletThymeleafContextFactory implements ThymeleafContextFactory {

	@Nullable
	private volatile JakartaServletWebApplication webApplication;

	@Override
	public IContext createContext(ErrorContext error, Locale locale, Map<String, Object> variables) {
		HttpServletRequest request = error.getRequest().getNativeRequest(HttpServletRequest.class);
		HttpServletResponse response = error.getRequest().getNativeResponse(HttpServletResponse.class);
		if (request == null || response == null) {
			return new Context(locale, variables);
		}
		return new WebContext(webApplication(request).buildExchange(request, response), locale, variables);
	}

	private JakartaServletWebApplication webApplication(HttpServletRequest request) {
		JakartaServletWebApplication application = this.webApplication;
		if (application == null) {
			application = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.webApplication = application;
		}
		return application;
	}

}
