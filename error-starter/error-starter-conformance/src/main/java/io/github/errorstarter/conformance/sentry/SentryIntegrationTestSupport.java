package io.github.errorstarter.conformance.sentry;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import io.github.errorstarter.test.sentry.FakeSentryServer;
import org.junit.jupiter.api.BeforeEach;

/**
 * The app every Sentry test shares unless it names its own configuration: the scenarios
 * app with the real Sentry SDK and transport, sending to the {@link FakeSentryServer}.
 * Sentry's logback appender is attached only by the tests that need it, because it would
 * stay on the JVM-wide root logger.
 */
@ConformanceTest(AppConfiguration.SENTRY)
abstract class SentryIntegrationTestSupport {

	static final FakeSentryServer sentry = FakeSentryServer.INSTANCE;

	HttpTestClient http;

	@BeforeEach
	void clearReceivedEvents(RunningApp app) {
		this.http = new HttpTestClient(app);
		sentry.clear();
	}

}
