package io.github.errorstarter.sample;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.test.sentry.FakeSentryServer;
import io.sentry.Sentry;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.JSON;
import static io.github.errorstarter.sample.SampleAppClient.assertLeaksNothing;
import static io.github.errorstarter.sample.SampleAppClient.assertPage;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static io.github.errorstarter.test.sentry.ReceivedEvents.eventId;
import static io.github.errorstarter.test.sentry.ReceivedEvents.lastException;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 11 with {@code SENTRY_DSN} set: each server error reaches Sentry
 * (error-starter's fake ingest on 127.0.0.1) once, with the original exception, and the
 * client gets the event id; client errors are not sent. The Sentry SDK is JVM-wide and
 * every other sample test runs without a DSN, so this context is closed after the class,
 * which shuts the SDK down again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "errors.logging.repeat-window=0", "sentry.environment=test",
				"sentry.send-modules=false", "sentry.enable-backpressure-handling=false",
				"sentry.flush-timeout-millis=2000", "sentry.shutdown-timeout-millis=500" })
@DirtiesContext
class SentryReportingIntegrationTests {

	static final FakeSentryServer sentry = FakeSentryServer.INSTANCE;

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	SampleAppClient client;

	// the name application.yml reads, not sentry.dsn: the placeholder is what points the
	// app
	// here, and dynamic properties win over a SENTRY_DSN the real environment may hold
	@DynamicPropertySource
	static void sentryDsnVariable(DynamicPropertyRegistry registry) {
		registry.add("SENTRY_DSN", sentry::dsn);
	}

	@BeforeEach
	void clearReceivedEvents() {
		this.client = new SampleAppClient(this.port);
		sentry.clear();
	}

	@Test
	void dsnShouldComeFromSentryDsn() {
		assertThat(this.environment.getProperty("sentry.dsn")).isEqualTo(sentry.dsn());
		assertThat(Sentry.isEnabled()).isTrue();
	}

	@Test
	void causeErrorAsJsonShouldSendOneEventWithItsIdInTheProblem() {
		// credentials that send-default-pii=false keeps out of the event
		HttpResponse<String> response = this.client.send("GET", "/cause-error", JSON, "alice", null);
		assertProblem(response, 500);
		assertLeaksNothing(response);
		JsonNode event = sentry.onlyEvent();
		assertCauseError(event);
		assertThat(event.path("request").path("headers").toString().toLowerCase()).doesNotContain("authorization");
		assertThat(eventId(response)).isEqualTo(event.path("event_id").asText());
	}

	@Test
	void causeErrorInBrowserShouldSendOneEventWithItsIdAsTheReference() {
		HttpResponse<String> response = this.client.get("/cause-error", HTML);
		String page = assertPage(response, 500);
		assertLeaksNothing(response);
		JsonNode event = sentry.onlyEvent();
		assertCauseError(event);
		assertThat(page).contains("Quote the reference <code>" + event.path("event_id").asText() + "</code>");
	}

	@Test
	void unknownUserShouldSendNothing() {
		assertProblem(this.client.get("/profile?username=nobody", JSON), 404);
		assertPage(this.client.get("/profile?username=nobody", HTML), 404);
		assertThat(sentry.flushedEvents()).isEmpty();
	}

	private void assertCauseError(JsonNode event) {
		JsonNode exception = lastException(event);
		assertThat(exception.path("type").asText()).isEqualTo("IllegalStateException");
		assertThat(exception.path("module").asText()).isEqualTo("java.lang");
		assertThat(exception.path("value").asText()).startsWith("Simulated failure while loading the page");
		assertThat(exception.path("mechanism").path("handled").asBoolean(true)).isFalse();
		JsonNode frames = exception.path("stacktrace").path("frames");
		assertThat(frames.findValuesAsText("module")).contains("io.github.errorstarter.sample.shop.HomeController");
		assertThat(frames.findValuesAsText("function")).contains("causeError");
		assertThat(event.path("tags").path("http.status_code").asText()).isEqualTo("500");
		assertThat(event.path("transaction").asText()).isEqualTo("GET /cause-error");
		assertThat(event.path("request").path("method").asText()).isEqualTo("GET");
		assertThat(event.path("request").path("url").asText())
			.isEqualTo("http://127.0.0.1:" + this.port + "/cause-error");
	}

	@Test
	void readmeExamplesShouldMatchWhatTheAppSends() {
		SoftAssertions softly = new SoftAssertions();
		List<ReadmeExamples.Example> examples = ReadmeExamples.inSection("### 11.");
		assertThat(examples).isNotEmpty();
		for (ReadmeExamples.Example example : examples) {
			example.assertMatches(example.send(this.client), softly);
		}
		softly.assertAll();
	}

}
