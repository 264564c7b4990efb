package io.github.errorstarter.sentry;

import io.github.errorstarter.context.ErrorContext;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static io.github.errorstarter.report.ReportTestErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

class SentryEventIdRecorderTests {

	private final SentryEventIdRecorder recorder = new SentryEventIdRecorder();

	@AfterEach
	void unbindRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void processShouldRecordIdOfEventForItsException() {
		IllegalStateException exception = new IllegalStateException("boom");
		ErrorContext error = boundError(exception);
		SentryEvent event = new SentryEvent(exception);
		assertThat(this.recorder.process(event, new Hint())).isSameAs(event);
		assertThat(SentryEventIdRecorder.recordedId(error)).isEqualTo(event.getEventId().toString());
	}

	@Test
	void processShouldNotRecordBridgesOwnEvents() {
		IllegalStateException exception = new IllegalStateException("boom");
		ErrorContext error = boundError(exception);
		Hint hint = new Hint();
		hint.set(SentryErrorReporter.REQUEST_HINT, error.getRequest().getNativeRequest(HttpServletRequest.class));
		this.recorder.process(new SentryEvent(exception), hint);
		assertThat(SentryEventIdRecorder.recordedId(error)).isNull();
	}

	@Test
	void recordedIdShouldBeNullForOtherException() {
		ErrorContext error = boundError(new IllegalStateException("mine"));
		this.recorder.process(new SentryEvent(new IllegalStateException("other")), new Hint());
		assertThat(SentryEventIdRecorder.recordedId(error)).isNull();
	}

	@Test
	void processWithoutBoundRequestShouldLeaveEventAlone() {
		SentryEvent event = new SentryEvent(new IllegalStateException());
		assertThat(this.recorder.process(event, new Hint())).isSameAs(event);
	}

	private static ErrorContext boundError(Throwable exception) {
		ErrorContext error = error("/orders", 500, "INTERNAL_SERVER_ERROR", exception);
		RequestContextHolder.setRequestAttributes(
				new ServletRequestAttributes(error.getRequest().getNativeRequest(HttpServletRequest.class)));
		return error;
	}

}
