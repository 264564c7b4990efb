package io.github.errorstarter.conformance.sentry;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import org.junit.jupiter.api.Test;

import static io.github.errorstarter.test.sentry.ReceivedEvents.eventId;
import static io.github.errorstarter.test.sentry.ReceivedEvents.lastException;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Sentry's own exception resolver runs first and captures the exception, the
 * bridge's capture is a duplicate: one event goes out, and the response shows its id. The
 * resolver's mechanism names the Spring generation ({@code Spring6ExceptionResolver} on
 * Framework 6, {@code Spring7ExceptionResolver} on 7).
 */
@ConformanceTest(AppConfiguration.SENTRY_RESOLVER_FIRST)
class SentryResolverOrderIntegrationTests extends SentryIntegrationTestSupport {

	@Test
	void exceptionCapturedBySentryResolverShouldSendOneEventAndShowItsId() {
		HttpResponse<String> response = this.http.getJson("/boom");
		assertThat(response.statusCode()).isEqualTo(500);
		List<JsonNode> events = sentry.flushedEvents();
		assertThat(events).hasSize(1);
		JsonNode exception = lastException(events.get(0));
		assertThat(exception.path("type").asText()).isEqualTo("IllegalStateException");
		assertThat(exception.path("mechanism").path("type").asText()).matches("Spring\\d+ExceptionResolver");
		assertThat(eventId(response)).isEqualTo(events.get(0).path("event_id").asText());
	}

}
