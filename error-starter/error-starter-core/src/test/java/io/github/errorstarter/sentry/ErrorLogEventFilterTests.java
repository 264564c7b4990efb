package io.github.errorstarter.sentry;

import io.github.errorstarter.report.LoggingErrorReporter;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorLogEventFilterTests {

	private final ErrorLogEventFilter filter = new ErrorLogEventFilter();

	@Test
	void processShouldDropEventsOfErrorStartersLogLines() {
		SentryEvent event = new SentryEvent();
		event.setLogger(LoggingErrorReporter.CATEGORY);
		assertThat(this.filter.process(event, new Hint())).isNull();
	}

	@Test
	void processShouldKeepOtherEvents() {
		SentryEvent logged = new SentryEvent(new IllegalStateException());
		logged.setLogger("com.example.Orders");
		SentryEvent captured = new SentryEvent(new IllegalStateException());
		assertThat(this.filter.process(logged, new Hint())).isSameAs(logged);
		assertThat(this.filter.process(captured, new Hint())).isSameAs(captured);
	}

}
