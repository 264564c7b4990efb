package io.github.errorstarter.sentry;

import io.github.errorstarter.context.ErrorContext;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.exception.ExceptionMechanismException;
import io.sentry.protocol.Mechanism;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.Response;

import org.springframework.util.Assert;

/**
 * Builds the Sentry event of an error: the original exception wrapped in an
 * {@link ExceptionMechanismException} with {@code handled=false} (the wrapper never
 * reaches Sentry), the status as tag {@code http.status_code} and in
 * {@code contexts.response}, the route as transaction name, and the request where
 * Sentry's request scope is gone, both from a {@link SentryRequestSource}. An error
 * without an exception ({@code sendError(500)}) becomes a message event.
 *
 * @since 0.1.0
 */
public class SentryEventFactory {

	/**
	 * The mechanism type of events reported by error-starter.
	 */
	public static final String MECHANISM_TYPE = "ErrorStarter";

	/**
	 * The name of the tag carrying the HTTP status.
	 */
	public static final String STATUS_TAG = "http.status_code";

	private final SentryRequestSource requests;

	/**
	 * Create a factory.
	 * @param requests tells the route and the request, as the web stack knows them
	 */
	public SentryEventFactory(SentryRequestSource requests) {
		Assert.notNull(requests, "'requests' must not be null");
		this.requests = requests;
	}

	/**
	 * Create the event of the given error.
	 * @param error the error
	 * @return the event
	 */
	public SentryEvent create(ErrorContext error) {
		SentryEvent event = (error.getException() != null) ? exceptionEvent(error.getException()) : messageEvent(error);
		event.setLevel(SentryLevel.ERROR);
		event.setTag(STATUS_TAG, String.valueOf(error.getStatus()));
		Response response = new Response();
		response.setStatusCode(error.getStatus());
		event.getContexts().setResponse(response);
		String route = this.requests.route(error.getRequest());
		if (route != null) {
			event.setTransaction(error.getMethod() + " " + route);
		}
		Request request = this.requests.eventRequest(error.getRequest());
		if (request != null) {
			event.setRequest(request);
		}
		return event;
	}

	private static SentryEvent exceptionEvent(Throwable exception) {
		Mechanism mechanism = new Mechanism();
		mechanism.setType(MECHANISM_TYPE);
		mechanism.setHandled(false);
		return new SentryEvent(new ExceptionMechanismException(mechanism, exception, Thread.currentThread()));
	}

	private static SentryEvent messageEvent(ErrorContext error) {
		Message message = new Message();
		message.setFormatted("HTTP " + error.getStatus() + " " + error.getDescription().code());
		SentryEvent event = new SentryEvent();
		event.setMessage(message);
		return event;
	}

}
