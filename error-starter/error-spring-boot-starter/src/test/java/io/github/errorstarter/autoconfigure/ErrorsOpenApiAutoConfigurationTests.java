package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.conformance.autoconfigure.AbstractErrorsOpenApiAutoConfigurationTests;

/**
 * Tests for {@link ErrorsOpenApiAutoConfiguration} on this line.
 */
class ErrorsOpenApiAutoConfigurationTests extends AbstractErrorsOpenApiAutoConfigurationTests {

	ErrorsOpenApiAutoConfigurationTests() {
		super(ErrorsAutoConfiguration.class);
	}

}
