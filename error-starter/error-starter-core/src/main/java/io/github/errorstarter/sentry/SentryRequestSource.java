package io.github.errorstarter.sentry;

import io.github.errorstarter.context.ErrorRequest;
import io.sentry.protocol.Request;

import org.springframework.lang.Nullable;

/**
 * What the Sentry event of an error tells about its request that only the web stack
 * knows: the route, and the request itself where Sentry's own request scope does not
 * carry it. Servlet applications use {@link ServletSentryRequestSource}.
 *
 * @since 0.1.0
 */
public interface SentryRequestSource {

	/**
	 * Return the route of the request: the pattern of the handler that matched, such as
	 * {@code /users/{id}}.
	 * @param request the request
	 * @return the route, or {@code null} if no handler matched
	 */
	@Nullable
	String route(ErrorRequest request);

	/**
	 * Return Sentry's view of the request, for events that Sentry's request scope does
	 * not describe.
	 * @param request the request
	 * @return the request for the event, or {@code null} when Sentry's scope already
	 * carries it
	 */
	@Nullable
	Request eventRequest(ErrorRequest request);

}
