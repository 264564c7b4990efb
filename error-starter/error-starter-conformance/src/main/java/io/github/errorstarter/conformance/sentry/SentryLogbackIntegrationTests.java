package io.github.errorstarter.conformance.sentry;

import java.net.http.HttpResponse;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.sentry.SentryEventFactory;
import io.sentry.logback.SentryAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static io.github.errorstarter.test.sentry.ReceivedEvents.eventId;
import static io.github.errorstarter.test.sentry.ReceivedEvents.lastException;
import static io.github.errorstarter.test.sentry.ReceivedEvents.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code sentry-logback} sending every ERROR log to Sentry, an exception that is
 * both logged and reported still gives one event: Sentry drops the second capture of the
 * same exception.
 */
class SentryLogbackIntegrationTests extends SentryIntegrationTestSupport {

	private final SentryAppender appender = new SentryAppender();

	@BeforeEach
	void attachSentryAppender() {
		LoggerContext loggerContext = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.appender.setContext(loggerContext);
		this.appender.setMinimumEventLevel(Level.ERROR);
		this.appender.start();
		loggerContext.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this.appender);
	}

	@AfterEach
	void detachSentryAppender() {
		LoggerContext loggerContext = (LoggerContext) LoggerFactory.getILoggerFactory();
		loggerContext.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
		this.appender.stop();
	}

	@Test
	void exceptionReportedThenLoggedShouldSendOneEventFromBridge() {
		HttpResponse<String> response = this.http.getJson("/boom");
		assertThat(response.statusCode()).isEqualTo(500);
		List<JsonNode> events = sentry.flushedEvents();
		assertThat(events).hasSize(1);
		assertThat(lastException(events.get(0)).path("mechanism").path("type").asText())
			.isEqualTo(SentryEventFactory.MECHANISM_TYPE);
		assertThat(eventId(response)).isEqualTo(events.get(0).path("event_id").asText());
	}

	@Test
	void exceptionLoggedByContainerFirstShouldSendOneEvent() {
		HttpResponse<String> response = this.http.getJson("/early-filter-boom");
		assertThat(response.statusCode()).isEqualTo(500);
		List<JsonNode> events = sentry.flushedEvents();
		assertThat(events).hasSize(1);
		assertThat(lastException(events.get(0)).path("value").asText()).isEqualTo("earlier filter boom");
		// the container logged it outside any request binding, so its event id is unknown
		// here
		assertThat(problem(response).has("eventId")).isFalse();
	}

}
