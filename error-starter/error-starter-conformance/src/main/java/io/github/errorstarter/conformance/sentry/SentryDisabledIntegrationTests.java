package io.github.errorstarter.conformance.sentry;

import java.net.http.HttpResponse;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code errors.sentry.enabled=false} and Sentry otherwise active, nothing is
 * reported.
 */
@ConformanceTest(AppConfiguration.SENTRY_BRIDGE_DISABLED)
class SentryDisabledIntegrationTests extends SentryIntegrationTestSupport {

	@Test
	void serverErrorShouldSendNoEventWhenBridgeIsDisabled() {
		assertThat(SentryBeans.reporterTypes(this.http)).isEmpty();
		HttpResponse<String> response = this.http.getJson("/boom");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("\"status\":500").doesNotContain("eventId");
		assertThat(sentry.flushedEvents()).isEmpty();
	}

}
