package io.github.errorstarter.sentry;

import java.net.http.HttpResponse;

import io.github.errorstarter.report.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code errors.sentry.enabled=false} and Sentry otherwise active, nothing is
 * reported.
 */
@TestPropertySource(properties = "errors.sentry.enabled=false")
@Import(SentryDisabledIntegrationTests.BridgeEventProcessorsConfiguration.class)
class SentryDisabledIntegrationTests extends SentryIntegrationTestSupport {

	@Autowired
	private ApplicationContext context;

	@Test
	void serverErrorShouldSendNoEventWhenBridgeIsDisabled() {
		assertThat(this.context.getBeansOfType(SentryErrorReporter.class)).isEmpty();
		HttpResponse<String> response = TestHttp.getJson(this.port, "/boom");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("\"status\":500").doesNotContain("eventId");
		assertThat(sentry.flushedEvents()).isEmpty();
	}

	// This context re-initializes the JVM-wide Sentry SDK with its own event processors;
	// keep
	// those of the bridge, which the other Sentry contexts rely on.
	@TestConfiguration(proxyBeanMethods = false)
	static class BridgeEventProcessorsConfiguration {

		@Bean
		SentryEventIdRecorder sentryEventIdRecorder() {
			return new SentryEventIdRecorder();
		}

		@Bean
		ErrorLogEventFilter errorLogEventFilter() {
			return new ErrorLogEventFilter();
		}

	}

}
