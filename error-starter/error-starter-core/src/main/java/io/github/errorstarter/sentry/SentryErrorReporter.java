package io.github.errorstarter.sentry;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.report.ErrorReporter;
import io.sentry.AsyncHttpTransportFactory;
import io.sentry.Hint;
import io.sentry.IScopes;
import io.sentry.TypeCheckHint;
import io.sentry.hints.Enqueable;
import io.sentry.protocol.SentryId;

import org.springframework.core.Ordered;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * Reports the errors that {@link ReportableErrors} selects to Sentry, as events built by
 * the {@link SentryEventFactory}, and adds the event id as reference
 * {@link ErrorContext#EVENT_ID} when Sentry took the event and handed it to its
 * transport. In an error storm the transport sheds events (its queue is full, or the
 * ingest asked it to back off); such an event never reaches Sentry, so its id is not
 * shown, and the user quotes the request id of the log line instead. Sentry drops a
 * second capture of the same exception, so each failing request gives one event,
 * whichever door it came through. Runs before other reporters so that they see the event
 * id. Never changes Sentry's scope: everything is set on the event.
 *
 * @since 0.1.0
 */
public class SentryErrorReporter implements ErrorReporter, Ordered {

	/**
	 * The order of the reporter, before reporters without an order.
	 */
	public static final int ORDER = 0;

	/**
	 * The name of the hint carrying the stack's own request ({@code HttpServletRequest}
	 * for servlet applications), for {@code beforeSend} callbacks.
	 */
	public static final String REQUEST_HINT = "errorStarter:request";

	private final IScopes scopes;

	private final ReportableErrors reportableErrors;

	private final SentryEventFactory eventFactory;

	/**
	 * Create a reporter.
	 * @param scopes the Sentry scopes
	 * @param reportableErrors decides which errors are reported
	 * @param eventFactory builds the events
	 */
	public SentryErrorReporter(IScopes scopes, ReportableErrors reportableErrors, SentryEventFactory eventFactory) {
		Assert.notNull(scopes, "'scopes' must not be null");
		Assert.notNull(reportableErrors, "'reportableErrors' must not be null");
		Assert.notNull(eventFactory, "'eventFactory' must not be null");
		this.scopes = scopes;
		this.reportableErrors = reportableErrors;
		this.eventFactory = eventFactory;
	}

	@Override
	public void report(ErrorContext error) {
		if (!this.scopes.isEnabled() || !this.reportableErrors.isReportable(error)) {
			return;
		}
		Enqueued enqueued = new Enqueued();
		Hint hint = new Hint();
		hint.set(REQUEST_HINT, nativeRequest(error));
		hint.set(TypeCheckHint.SENTRY_TYPE_CHECK_HINT, enqueued);
		SentryId id = this.scopes.captureEvent(this.eventFactory.create(error), hint);
		error.addReference(ErrorContext.EVENT_ID, eventId(error, id, enqueued));
	}

	private static Object nativeRequest(ErrorContext error) {
		Object request = error.getRequest().getNativeRequest(Object.class);
		return (request != null) ? request : error.getRequest();
	}

	@Nullable
	private String eventId(ErrorContext error, SentryId id, Enqueued enqueued) {
		if (SentryId.EMPTY_ID.equals(id)) {
			// dropped: ignored, sampled out, or a duplicate of an earlier capture
			return SentryEventIdRecorder.recordedId(error);
		}
		// Sentry's own transport enqueues synchronously, within the capture, and says so;
		// a
		// transport of the application's that does not say is trusted
		boolean shed = !enqueued.happened
				&& this.scopes.getOptions().getTransportFactory() instanceof AsyncHttpTransportFactory;
		return shed ? null : id.toString();
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	// Sentry's transport calls this when it has queued the event for sending
	private static final class Enqueued implements Enqueable {

		private boolean happened;

		@Override
		public void markEnqueued() {
			this.happened = true;
		}

	}

}
