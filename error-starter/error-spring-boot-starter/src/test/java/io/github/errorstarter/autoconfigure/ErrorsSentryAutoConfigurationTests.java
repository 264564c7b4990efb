package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.conformance.autoconfigure.AbstractErrorsSentryAutoConfigurationTests;
import io.sentry.spring.boot.jakarta.SentryAutoConfiguration;
import io.sentry.spring.jakarta.SentryRequestResolver;

import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * Tests for {@link ErrorsSentryAutoConfiguration} on Spring Boot 3.5, beside
 * {@code sentry-spring-boot-starter-jakarta} and Sentry's Spring 6 integration.
 */
class ErrorsSentryAutoConfigurationTests extends AbstractErrorsSentryAutoConfigurationTests {

	ErrorsSentryAutoConfigurationTests() {
		super(AutoConfigurations.of(ErrorsAutoConfiguration.class, ErrorsSentryAutoConfiguration.class),
				AutoConfigurations.of(SentryAutoConfiguration.class), SentryRequestResolver.class);
	}

}
