package io.github.errorstarter.sentry;

import java.util.List;

import io.github.errorstarter.context.ErrorContext;
import io.sentry.AsyncHttpTransportFactory;
import io.sentry.Hint;
import io.sentry.IScopes;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.hints.Enqueable;
import io.sentry.protocol.SentryId;
import io.sentry.util.HintUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static io.github.errorstarter.report.ReportTestErrors.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class SentryErrorReporterTests {

	private final IScopes scopes = mock(IScopes.class);

	private final SentryErrorReporter reporter = new SentryErrorReporter(this.scopes,
			new ReportableErrors(500, List.of(UnsupportedOperationException.class)),
			new SentryEventFactory(new ServletSentryRequestSource((request) -> null)));

	@Test
	void reportShouldCaptureServerErrorAndAddEventId() {
		SentryId id = new SentryId();
		given(this.scopes.isEnabled()).willReturn(true);
		given(this.scopes.getOptions()).willReturn(new SentryOptions());
		given(this.scopes.captureEvent(any(SentryEvent.class), any(Hint.class))).willReturn(id);
		ErrorContext error = error("/orders", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException("boom"));
		this.reporter.report(error);
		assertThat(error.getReferences()).containsEntry(ErrorContext.EVENT_ID, id.toString());
		then(this.scopes).should()
			.captureEvent(any(SentryEvent.class),
					argThat((Hint hint) -> hint.get(SentryErrorReporter.REQUEST_HINT) == servletRequest(error)));
	}

	@Test
	void reportWhenSentrysTransportQueuedTheEventShouldAddItsId() {
		SentryId id = new SentryId();
		givenSentrysOwnTransport();
		given(this.scopes.captureEvent(any(SentryEvent.class), any(Hint.class))).willAnswer((invocation) -> {
			HintUtils.runIfHasType(invocation.getArgument(1, Hint.class), Enqueable.class, Enqueable::markEnqueued);
			return id;
		});
		ErrorContext error = error("/orders", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException("boom"));
		this.reporter.report(error);
		assertThat(error.getReferences()).containsEntry(ErrorContext.EVENT_ID, id.toString());
	}

	@Test
	void reportWhenSentrysTransportShedTheEventShouldAddNoEventId() {
		givenSentrysOwnTransport();
		given(this.scopes.captureEvent(any(SentryEvent.class), any(Hint.class))).willReturn(new SentryId());
		ErrorContext error = error("/orders", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException("boom"));
		this.reporter.report(error);
		assertThat(error.getReferences()).doesNotContainKey(ErrorContext.EVENT_ID);
	}

	private void givenSentrysOwnTransport() {
		SentryOptions options = new SentryOptions();
		options.setTransportFactory(new AsyncHttpTransportFactory());
		given(this.scopes.isEnabled()).willReturn(true);
		given(this.scopes.getOptions()).willReturn(options);
	}

	@Test
	void reportWhenSentryDropsEventShouldAddNoEventId() {
		given(this.scopes.isEnabled()).willReturn(true);
		given(this.scopes.captureEvent(any(SentryEvent.class), any(Hint.class))).willReturn(SentryId.EMPTY_ID);
		ErrorContext error = error("/orders", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException("boom"));
		this.reporter.report(error);
		assertThat(error.getReferences()).doesNotContainKey(ErrorContext.EVENT_ID);
	}

	@Test
	void reportWhenDuplicateOfEarlierCaptureShouldAddItsRecordedId() {
		given(this.scopes.isEnabled()).willReturn(true);
		given(this.scopes.captureEvent(any(SentryEvent.class), any(Hint.class))).willReturn(SentryId.EMPTY_ID);
		IllegalStateException cause = new IllegalStateException("cause");
		ErrorContext error = error("/orders", 500, "INTERNAL_SERVER_ERROR", new RuntimeException("wrapper", cause));
		SentryEvent earlier = new SentryEvent(cause);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(servletRequest(error)));
		try {
			new SentryEventIdRecorder().process(earlier, new Hint());
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
		this.reporter.report(error);
		assertThat(error.getReferences()).containsEntry(ErrorContext.EVENT_ID, earlier.getEventId().toString());
	}

	@Test
	void reportShouldSkipClientErrorsIgnoredExceptionsAndDisabledSentry() {
		given(this.scopes.isEnabled()).willReturn(true);
		this.reporter.report(error("/orders", 404, "NOT_FOUND", new IllegalStateException()));
		this.reporter.report(error("/orders", 500, "INTERNAL_SERVER_ERROR", new UnsupportedOperationException()));
		given(this.scopes.isEnabled()).willReturn(false);
		this.reporter.report(error("/orders", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException()));
		then(this.scopes).should(never()).captureEvent(any(SentryEvent.class), any(Hint.class));
	}

	private static HttpServletRequest servletRequest(ErrorContext error) {
		return error.getRequest().getNativeRequest(HttpServletRequest.class);
	}

}
