package io.github.errorstarter.sentry;

import java.util.IdentityHashMap;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ExceptionUnwrapper;
import io.sentry.EventProcessor;
import io.sentry.Hint;
import io.sentry.SentryEvent;

import org.springframework.lang.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers, in the current request, the id of each event Sentry took for an exception.
 * When Sentry's own exception resolver or a logging integration captured an exception
 * first, Sentry drops the bridge's capture of it as a duplicate; the id recorded here is
 * then the one to show. Runs after Sentry's duplicate detection, so duplicates are never
 * recorded (an event that {@code beforeSend} or sampling drops later still is).
 *
 * @since 0.1.0
 */
public final class SentryEventIdRecorder implements EventProcessor {

	private static final String ATTRIBUTE = SentryEventIdRecorder.class.getName() + ".ids";

	// after DuplicateEventDetectionEventProcessor (1000)
	private static final long ORDER = 100_000L;

	@Override
	public SentryEvent process(SentryEvent event, Hint hint) {
		Throwable exception = event.getThrowable();
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		// the bridge's own events may still be dropped after this; their id is the
		// capture's result
		boolean ownEvent = hint.get(SentryErrorReporter.REQUEST_HINT) != null;
		if (!ownEvent && exception != null && event.getEventId() != null && attributes != null) {
			idsOf(attributes).put(exception, event.getEventId().toString());
		}
		return event;
	}

	@Override
	public Long getOrder() {
		return ORDER;
	}

	@SuppressWarnings("unchecked")
	private static Map<Throwable, String> idsOf(RequestAttributes attributes) {
		Object ids = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (ids == null) {
			ids = new IdentityHashMap<Throwable, String>(2);
			attributes.setAttribute(ATTRIBUTE, ids, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<Throwable, String>) ids;
	}

	/**
	 * Return the id of the event recorded for the error's exception or one of its causes,
	 * which is what Sentry deduplicates on.
	 * @param error the error
	 * @return the event id, or {@code null} if none was recorded
	 */
	@SuppressWarnings("unchecked")
	@Nullable
	public static String recordedId(ErrorContext error) {
		if (!(error.getRequest().getAttribute(ATTRIBUTE) instanceof Map<?, ?> ids)) {
			return null;
		}
		Throwable exception = error.getException();
		return (exception != null) ? ExceptionUnwrapper.findInCauses(exception, ((Map<Throwable, String>) ids)::get)
				: null;
	}

}
