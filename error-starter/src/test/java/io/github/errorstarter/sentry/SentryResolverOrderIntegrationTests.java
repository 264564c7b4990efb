package io.github.errorstarter.sentry;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorstarter.report.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Sentry's own exception resolver runs first and captures the exception, the bridge's
 * capture is a duplicate: one event goes out, and the response shows its id.
 */
@TestPropertySource(properties = "sentry.exception-resolver-order=-1")
class SentryResolverOrderIntegrationTests extends SentryIntegrationTestSupport {

	@Test
	void exceptionCapturedBySentryResolverShouldSendOneEventAndShowItsId() throws Exception {
		HttpResponse<String> response = TestHttp.getJson(this.port, "/boom");
		assertThat(response.statusCode()).isEqualTo(500);
		List<JsonNode> events = flushedEvents();
		assertThat(events).hasSize(1);
		JsonNode values = events.get(0).path("exception").path("values");
		JsonNode exception = values.get(values.size() - 1);
		assertThat(exception.path("type").asText()).isEqualTo("IllegalStateException");
		assertThat(exception.path("mechanism").path("type").asText()).isEqualTo("Spring6ExceptionResolver");
		assertThat(new ObjectMapper().readTree(response.body()).path("eventId").asText())
			.isEqualTo(events.get(0).path("event_id").asText());
	}

}
