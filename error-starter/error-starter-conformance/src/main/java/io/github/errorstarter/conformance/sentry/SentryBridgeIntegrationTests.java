package io.github.errorstarter.conformance.sentry;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.sentry.SentryErrorReporter;
import io.github.errorstarter.test.sentry.FakeSentryServer;
import org.junit.jupiter.api.Test;

import static io.github.errorstarter.test.sentry.ReceivedEvents.eventId;
import static io.github.errorstarter.test.sentry.ReceivedEvents.lastException;
import static io.github.errorstarter.test.sentry.ReceivedEvents.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each failing request gives exactly one Sentry event, with the original exception,
 * whichever door the error came through; the event id in the response is the one Sentry
 * received.
 */
class SentryBridgeIntegrationTests extends SentryIntegrationTestSupport {

	@Test
	void bridgeShouldBeOneOfTheAppsBeans() {
		assertThat(SentryBeans.reporterTypes(this.http)).containsExactly(SentryErrorReporter.class.getName());
	}

	@Test
	void controllerExceptionShouldSendOneEventWithOriginalException() {
		HttpResponse<String> response = this.http.getJson("/users/7?tab=orders");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
		JsonNode exception = lastException(event);
		assertThat(exception.path("type").asText()).isEqualTo("ScenarioExceptions$UserLookupException");
		assertThat(exception.path("value").asText()).isEqualTo("lookup of user 7 failed");
		assertThat(exception.path("mechanism").path("type").asText()).isEqualTo("ErrorStarter");
		assertThat(exception.path("mechanism").path("handled").asBoolean(true)).isFalse();
		assertThat(exception.path("stacktrace").path("frames").findValuesAsText("function")).contains("user");
		assertThat(exception.path("stacktrace").path("frames").findValuesAsText("module"))
			.contains("io.github.errorstarter.conformance.app.Failures");
		assertThat(event.path("level").asText()).isEqualTo("error");
		assertThat(event.path("tags").path("http.status_code").asText()).isEqualTo("500");
		assertThat(event.path("contexts").path("response").path("status_code").asInt()).isEqualTo(500);
		assertThat(event.path("transaction").asText()).isEqualTo("GET /users/{id}");
		assertRequest(event, "/users/7");
		assertThat(event.path("request").path("query_string").asText()).isEqualTo("tab=orders");
		// the client sees the reference, never the message Sentry got
		assertThat(response.body()).doesNotContain("lookup of user");
	}

	@Test
	void errorPageShouldShowEventIdAsReference() {
		HttpResponse<String> response = this.http.get("/boom", "text/html");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains(sentry.onlyEvent().path("event_id").asText());
	}

	@Test
	void eventsShouldReachIngestAsGzipEnvelopesWithAuth() {
		assertThat(this.http.getJson("/boom").statusCode()).isEqualTo(500);
		assertThat(sentry.flushedEvents()).hasSize(1);
		FakeSentryServer.Envelope envelope = sentry.envelopes().get(0);
		assertThat(envelope.path()).isEqualTo("/api/1/envelope/");
		assertThat(envelope.gzip()).isTrue();
		assertThat(envelope.auth()).contains("sentry_key=publickey");
	}

	@Test
	void laterFilterExceptionShouldSendOneEvent() {
		HttpResponse<String> response = this.http.getJson("/filter-boom");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
		assertUnhandled(event, "later filter boom");
		assertRequest(event, "/filter-boom");
	}

	@Test
	void viewRenderingExceptionShouldSendOneEvent() {
		HttpResponse<String> response = this.http.getJson("/view-boom");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
		assertUnhandled(event, "view boom");
		assertThat(event.path("transaction").asText()).isEqualTo("GET /view-boom");
		assertRequest(event, "/view-boom");
	}

	@Test
	void asyncHandlerExceptionShouldSendOneEvent() {
		HttpResponse<String> response = this.http.getJson("/async-boom");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
		assertUnhandled(event, "async boom");
		assertThat(event.path("transaction").asText()).isEqualTo("GET /async-boom");
		assertRequest(event, "/async-boom");
	}

	@Test
	void earlierFilterExceptionShouldSendOneEventWithOriginalRequest() {
		HttpResponse<String> response = this.http.getJson("/early-filter-boom");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
		assertUnhandled(event, "earlier filter boom");
		assertRequest(event, "/early-filter-boom");
	}

	@Test
	void sendErrorShouldSendOneMessageEventWithOriginalRequest() {
		HttpResponse<String> response = this.http.getJson("/send-error");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
		assertThat(event.path("message").path("formatted").asText()).isEqualTo("HTTP 500 INTERNAL_SERVER_ERROR");
		assertThat(event.path("tags").path("http.status_code").asText()).isEqualTo("500");
		assertThat(event.path("transaction").asText()).isEqualTo("GET /send-error");
		assertRequest(event, "/send-error");
	}

	@Test
	void exceptionAfterCommitShouldSendOneEvent() {
		HttpResponse<String> response = this.http.getJson("/commit-then-boom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertUnhandled(sentry.onlyEvent(), "boom after commit");
	}

	@Test
	void exceptionCapturedBeforeShouldSendOneEventAndShowItsId() {
		HttpResponse<String> response = this.http.getJson("/captured-before");
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(lastException(event).path("value").asText()).isEqualTo("captured before");
		assertThat(event.path("event_id").asText()).isEqualTo(eventId(response));
	}

	@Test
	void clientErrorsShouldSendNoEvent() {
		HttpResponse<String> notFound = this.http.getJson("/not-found");
		HttpResponse<String> unknown = this.http.getJson("/no-such-page");
		HttpResponse<String> forbidden = this.http.getJson("/api/forbidden");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		// sendError(403): through the error controller
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(sentry.flushedEvents()).isEmpty();
		assertThat(problem(notFound).has("eventId")).isFalse();
		assertThat(problem(forbidden).has("eventId")).isFalse();
	}

	@Test
	void unparseableRequestPathShouldSendNoEvent() {
		String answer = this.http.sendRaw("GET /api/items;jsessionid=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Accept: application/json\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(sentry.flushedEvents()).isEmpty();
	}

	@Test
	void ignoredExceptionSubclassShouldSendNoEvent() {
		HttpResponse<String> response = this.http.getJson("/ignored-boom");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(sentry.flushedEvents()).isEmpty();
		assertThat(problem(response).has("eventId")).isFalse();
	}

	@Test
	void eachFailingRequestShouldSendItsOwnEvent() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.getJson("/boom").statusCode()).isEqualTo(500);
		}
		List<JsonNode> events = sentry.flushedEvents();
		assertThat(events).hasSize(3);
		assertThat(events.stream().map((event) -> event.path("event_id").asText()).distinct()).hasSize(3);
	}

	private static void assertUnhandled(JsonNode event, String message) {
		JsonNode exception = lastException(event);
		assertThat(exception.path("type").asText()).isEqualTo("IllegalStateException");
		assertThat(exception.path("value").asText()).isEqualTo(message);
		assertThat(exception.path("mechanism").path("handled").asBoolean(true)).isFalse();
		assertThat(exception.path("stacktrace").path("frames").size()).isPositive();
		assertThat(event.path("tags").path("http.status_code").asText()).isEqualTo("500");
	}

	private static void assertRequest(JsonNode event, String path) {
		JsonNode request = event.path("request");
		assertThat(request.path("method").asText()).isEqualTo("GET");
		assertThat(request.path("url").asText()).endsWith(path);
		assertThat(request.path("headers").toString().toLowerCase()).contains("\"x-test-header\":\"test-value\"");
	}

}
