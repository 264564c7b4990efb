package io.github.errorstarter.sentry;

import java.util.function.Function;

import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.web.RequestRoutes;
import io.sentry.protocol.Request;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * The {@link SentryRequestSource} of servlet requests. Sentry's filter binds the request
 * to its scope during the REQUEST dispatch only, so the request of an error handled in
 * the ERROR or ASYNC dispatch is built with Sentry's own request resolver, with the URL
 * of the original request rather than the error page's.
 *
 * @since 0.1.0
 */
public final class ServletSentryRequestSource implements SentryRequestSource {

	private final Function<HttpServletRequest, Request> requestResolver;

	/**
	 * Create a source.
	 * @param requestResolver builds Sentry's request from a servlet request, as Sentry's
	 * own {@code SentryRequestResolver} does; may return {@code null}
	 */
	public ServletSentryRequestSource(Function<HttpServletRequest, Request> requestResolver) {
		Assert.notNull(requestResolver, "'requestResolver' must not be null");
		this.requestResolver = requestResolver;
	}

	@Override
	@Nullable
	public String route(ErrorRequest request) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		return (servletRequest != null) ? RequestRoutes.route(servletRequest) : null;
	}

	@Override
	@Nullable
	public Request eventRequest(ErrorRequest request) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		if (servletRequest == null || servletRequest.getDispatcherType() == DispatcherType.REQUEST) {
			return null;
		}
		Request sentryRequest = this.requestResolver.apply(servletRequest);
		Object errorUri = servletRequest.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (sentryRequest != null && errorUri != null) {
			// during the ERROR dispatch the request URL is the error page's
			String url = servletRequest.getRequestURL().toString();
			String origin = url.substring(0, url.length() - servletRequest.getRequestURI().length());
			sentryRequest.setUrl(origin + errorUri);
		}
		return sentryRequest;
	}

}
