package io.github.errorstarter.web;

import java.util.Locale;

import io.github.errorstarter.context.ErrorRequest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

/**
 * The {@link ErrorRequest} of a servlet request. During the servlet ERROR dispatch, where
 * the request URI is the error page's, the path is the original request's. The locale is
 * the one the application's {@code LocaleResolver} resolves.
 *
 * @since 0.1.0
 */
public final class ServletErrorRequest implements ErrorRequest {

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	private final String path;

	@Nullable
	private Locale locale;

	/**
	 * Create the error request of a servlet request.
	 * @param request the request
	 * @param response the response
	 */
	public ServletErrorRequest(HttpServletRequest request, HttpServletResponse response) {
		Assert.notNull(request, "'request' must not be null");
		Assert.notNull(response, "'response' must not be null");
		this.request = request;
		this.response = response;
		this.path = originalPath(request);
	}

	@Override
	public String getMethod() {
		return this.request.getMethod();
	}

	@Override
	public String getPath() {
		return this.path;
	}

	@Override
	public String getContextPath() {
		String contextPath = this.request.getContextPath();
		return (contextPath != null) ? contextPath : "";
	}

	@Override
	@Nullable
	public String getHeader(String name) {
		return this.request.getHeader(name);
	}

	@Override
	public Locale getLocale() {
		Locale locale = this.locale;
		if (locale == null) {
			locale = RequestContextUtils.getLocale(this.request);
			this.locale = locale;
		}
		return locale;
	}

	@Override
	@Nullable
	public Object getAttribute(String name) {
		return this.request.getAttribute(name);
	}

	@Override
	@Nullable
	public <T> T getNativeRequest(Class<T> requiredType) {
		return WebUtils.getNativeRequest(this.request, requiredType);
	}

	@Override
	@Nullable
	public <T> T getNativeResponse(Class<T> requiredType) {
		return WebUtils.getNativeResponse(this.response, requiredType);
	}

	// as sent (percent-encoded), without the context path
	private static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String contextPath = request.getContextPath();
		if (contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)) {
			uri = uri.substring(contextPath.length());
		}
		return uri.isEmpty() ? "/" : uri;
	}

}
