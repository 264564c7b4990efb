package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.conformance.autoconfigure.AbstractErrorPathIntegrationTests;

/**
 * Spring Boot 3.5 names the servlet error page {@code server.error.path}:
 * {@link ErrorsErrorController} is mapped there, where the container dispatches errors.
 */
class ErrorPathIntegrationTests extends AbstractErrorPathIntegrationTests {

	ErrorPathIntegrationTests() {
		super("server.error.path");
	}

}
