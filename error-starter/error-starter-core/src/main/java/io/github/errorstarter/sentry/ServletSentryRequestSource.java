package io.github.errorstarter.sentry;

import java.util.function.Function;

import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.web.ErrorDispatchListener;
import io.sentry.protocol.Request;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The {@link SentryRequestSource} of servlet requests. Sentry's filter binds the request
 * to its scope during the REQUEST dispatch only, so the request of an error handled in
 * the ERROR or ASYNC dispatch is built with Sentry's own request resolver, with the URL
 * of the original request rather than the error page's.
 * <p>
 * The route is the handler's best matching pattern, such as {@code /users/{id}}. The
 * ERROR dispatch replaces it with the error controller's mapping, so, as an
 * {@link ErrorDispatchListener}, this source keeps the route of a request that ends with
 * an error status before that dispatch. Only the Sentry bridge needs the route: without
 * it, nothing is kept.
 *
 * @since 0.1.0
 */
public final class ServletSentryRequestSource implements SentryRequestSource, ErrorDispatchListener {

	private static final String ROUTE_ATTRIBUTE = ServletSentryRequestSource.class.getName() + ".route";

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
	public void beforeErrorDispatch(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null && request.getDispatcherType() != DispatcherType.ERROR) {
			request.setAttribute(ROUTE_ATTRIBUTE, pattern);
		}
	}

	@Override
	@Nullable
	public String route(ErrorRequest request) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		if (servletRequest == null) {
			return null;
		}
		Object pattern = (servletRequest.getDispatcherType() != DispatcherType.ERROR)
				? servletRequest.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
				: servletRequest.getAttribute(ROUTE_ATTRIBUTE);
		return (pattern != null) ? pattern.toString() : null;
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
