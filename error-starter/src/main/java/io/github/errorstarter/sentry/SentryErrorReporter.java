package io.github.errorstarter.sentry;

import io.github.errorstarter.pipeline.ErrorContext;
import io.github.errorstarter.report.ErrorReporter;
import io.sentry.Hint;
import io.sentry.IScopes;
import io.sentry.protocol.SentryId;

import org.springframework.core.Ordered;

/**
 * Reports the errors that {@link ReportableErrors} selects to Sentry, as events built by the
 * {@link SentryEventFactory}, and adds the event id as reference {@link ErrorContext#EVENT_ID}
 * when Sentry took the event. Sentry drops a second capture of the same exception, so each
 * failing request gives one event, whichever door it came through. Runs before other reporters
 * so that they see the event id. Never changes Sentry's scope: everything is set on the event.
 *
 * @since 0.1.0
 */
public class SentryErrorReporter implements ErrorReporter, Ordered {

	/**
	 * The order of the reporter, before reporters without an order.
	 */
	public static final int ORDER = 0;

	/**
	 * The name of the hint carrying the servlet request, for {@code beforeSend} callbacks.
	 */
	public static final String REQUEST_HINT = "errorStarter:request";

	private final IScopes scopes;

	private final ReportableErrors reportableErrors;

	private final SentryEventFactory eventFactory;

	/**
	 * Create a reporter.
	 * @param scopes Sentry's scopes
	 * @param reportableErrors decides which errors are reported
	 * @param eventFactory builds the events
	 */
	public SentryErrorReporter(IScopes scopes, ReportableErrors reportableErrors, SentryEventFactory eventFactory) {
		this.scopes = scopes;
		this.reportableErrors = reportableErrors;
		this.eventFactory = eventFactory;
	}

	@Override
	public void report(ErrorContext error) {
		if (!this.scopes.isEnabled() || !this.reportableErrors.isReportable(error)) {
			return;
		}
		Hint hint = new Hint();
		hint.set(REQUEST_HINT, error.getRequest());
		SentryId id = this.scopes.captureEvent(this.eventFactory.create(error), hint);
		// an empty id means dropped: ignored, sampled out, or a duplicate of an earlier capture
		String eventId = SentryId.EMPTY_ID.equals(id) ? SentryEventIdRecorder.recordedId(error) : id.toString();
		error.addReference(ErrorContext.EVENT_ID, eventId);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
