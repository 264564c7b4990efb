package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.conformance.autoconfigure.AbstractErrorPathIntegrationTests;

/**
 * Spring Boot 4 names the servlet error page {@code spring.web.error.path} (Boot 3.5's
 * {@code server.error.path}): {@link ErrorsErrorController} is mapped there, where the
 * container dispatches errors.
 */
class ErrorPathIntegrationTests extends AbstractErrorPathIntegrationTests {

	ErrorPathIntegrationTests() {
		super("spring.web.error.path");
	}

}
