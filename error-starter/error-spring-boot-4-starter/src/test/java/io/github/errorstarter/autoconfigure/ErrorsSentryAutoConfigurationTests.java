package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.conformance.autoconfigure.AbstractErrorsSentryAutoConfigurationTests;
import io.sentry.spring.boot4.SentryAutoConfiguration;
import io.sentry.spring7.SentryRequestResolver;

import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * Tests for {@link ErrorsSentryAutoConfiguration} on Spring Boot 4, beside
 * {@code sentry-spring-boot-4-starter} and Sentry's Spring 7 integration.
 */
class ErrorsSentryAutoConfigurationTests extends AbstractErrorsSentryAutoConfigurationTests {

	ErrorsSentryAutoConfigurationTests() {
		super(AutoConfigurations.of(ErrorsAutoConfiguration.class, ErrorsSentryAutoConfiguration.class),
				AutoConfigurations.of(SentryAutoConfiguration.class), SentryRequestResolver.class);
	}

}
