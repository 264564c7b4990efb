package io.github.errorstarter.boot4;

import java.net.http.HttpResponse;

import io.github.errorstarter.boot4.sentry.FakeSentryServer;
import io.github.errorstarter.boot4.sentry.ReceivedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sentry bridge on Spring Boot 4 ({@code sentry-spring-boot-4-starter}), with the
 * real SDK and transport sending to a fake ingest on 127.0.0.1: each unhandled server
 * error gives exactly one event, with the original exception, and the response shows its
 * id.
 */
@SpringBootTest(classes = SmokeTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "sentry.environment=test", "sentry.send-modules=false",
				"sentry.enable-backpressure-handling=false", "sentry.flush-timeout-millis=2000",
				"sentry.shutdown-timeout-millis=500", "sentry.logging.enabled=false" })
class Boot4SentryIntegrationTests {

	static final FakeSentryServer sentry = FakeSentryServer.INSTANCE;

	@LocalServerPort
	int port;

	SmokeHttp http;

	@DynamicPropertySource
	static void sentryDsn(DynamicPropertyRegistry registry) {
		registry.add("sentry.dsn", sentry::dsn);
	}

	@BeforeEach
	void startFromNothing() {
		sentry.clear();
		this.http = new SmokeHttp(this.port);
	}

	@Test
	void unhandledExceptionWhenSentryIsActiveShouldSendOneUnhandledEventWithOriginalException() {
		HttpResponse<String> response = this.http.get("/boom", SmokeHttp.JSON);
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asString()).isEqualTo(ReceivedEvents.eventId(response));
		JsonNode exception = ReceivedEvents.lastException(event);
		assertThat(exception.path("type").asString()).isEqualTo("IllegalStateException");
		assertThat(exception.path("value").asString()).isEqualTo(SmokeTestApplication.SECRET);
		assertThat(exception.path("mechanism").path("type").asString()).isEqualTo("ErrorStarter");
		assertThat(exception.path("mechanism").path("handled").asBoolean(true)).isFalse();
		assertThat(exception.path("stacktrace").path("frames").findValuesAsString("function")).contains("boom");
		assertThat(event.path("level").asString()).isEqualTo("error");
		assertThat(event.path("tags").path("http.status_code").asString()).isEqualTo("500");
		assertThat(event.path("transaction").asString()).isEqualTo("GET /boom");
		assertThat(event.path("request").path("url").asString()).endsWith("/boom");
		// the client sees the reference, never the message Sentry got
		assertThat(response.body()).doesNotContain("hunter2");
	}

	@Test
	void errorPageWhenSentryIsActiveShouldShowEventId() {
		HttpResponse<String> response = this.http.get("/boom", "text/html");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains(sentry.onlyEvent().path("event_id").asString());
	}

	@Test
	void sendErrorWhenStatusIs500ShouldSendOneEventWithOriginalRequest() {
		HttpResponse<String> response = this.http.get("/send-error", SmokeHttp.JSON);
		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode event = sentry.onlyEvent();
		assertThat(event.path("event_id").asString()).isEqualTo(ReceivedEvents.eventId(response));
		assertThat(event.path("message").path("formatted").asString()).isEqualTo("HTTP 500 INTERNAL_SERVER_ERROR");
		// resolved during the ERROR dispatch by Sentry's Spring 7 request resolver
		JsonNode request = event.path("request");
		assertThat(request.path("method").asString()).isEqualTo("GET");
		assertThat(request.path("url").asString()).endsWith("/send-error");
		assertThat(request.path("headers").toString().toLowerCase()).contains("\"x-test-header\":\"test-value\"");
	}

	@Test
	void clientErrorsWhenSentryIsActiveShouldSendNoEvent() {
		HttpResponse<String> unknown = this.http.get("/no/such/page", SmokeHttp.JSON);
		HttpResponse<String> forbidden = this.http.get("/forbidden", SmokeHttp.JSON);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(sentry.flushedEvents()).isEmpty();
		assertThat(ReceivedEvents.problem(forbidden).has("eventId")).isFalse();
	}

}
