package io.github.errorstarter.sentry;

import io.github.errorstarter.report.ReportingTestApplication;
import io.github.errorstarter.test.sentry.FakeSentryServer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring context every Sentry test shares: the reporting test app with the real
 * Sentry SDK and transport, sending to the {@link FakeSentryServer}. Subclasses that add
 * nothing share one cached context. Sentry's logback appender is attached only by the
 * tests that need it, because it would stay on the JVM-wide root logger.
 */
@SpringBootTest(classes = ReportingTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		ReportingTestApplication.LOCAL_ADDRESS, "sentry.environment=test", "sentry.send-modules=false",
		"sentry.enable-backpressure-handling=false", "sentry.flush-timeout-millis=2000",
		"sentry.shutdown-timeout-millis=500", "sentry.logging.enabled=false",
		"errors.sentry.ignored-exceptions=io.github.errorstarter.report.ReportingTestApplication$IgnoredException" })
abstract class SentryIntegrationTestSupport {

	static final FakeSentryServer sentry = FakeSentryServer.INSTANCE;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void sentryDsn(DynamicPropertyRegistry registry) {
		registry.add("sentry.dsn", sentry::dsn);
	}

	@BeforeEach
	void clearReceivedEvents() {
		sentry.clear();
	}

}
