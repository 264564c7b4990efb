package io.github.errorstarter.conformance.autoconfigure;

import io.github.errorstarter.autoconfigure.ErrorsOpenApiAutoConfiguration;
import io.github.errorstarter.openapi.ProblemResponsesCustomizer;
import io.github.errorstarter.openapi.ProblemSchemaCustomizer;
import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code ErrorsOpenApiAutoConfiguration} that hold on every Spring Boot line:
 * the customizers are there when springdoc and error-starter's pipeline are, back off for
 * the application's own, and are absent when switched off or without springdoc. A line's
 * test class extends it, naming its own {@code ErrorsAutoConfiguration}.
 *
 * @since 0.1.0
 */
public abstract class AbstractErrorsOpenApiAutoConfigurationTests {

	private final WebApplicationContextRunner runner;

	/**
	 * Create the tests for a line.
	 * @param errorsAutoConfiguration the line's {@code ErrorsAutoConfiguration}
	 */
	protected AbstractErrorsOpenApiAutoConfigurationTests(Class<?> errorsAutoConfiguration) {
		// in this order on purpose: the OpenAPI configuration must still come after it
		this.runner = new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ErrorsOpenApiAutoConfiguration.class, errorsAutoConfiguration));
	}

	@Test
	void customizersWhenSpringdocAndPipelineArePresentShouldBeConfigured() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ErrorPipeline.class)
			.hasSingleBean(ProblemSchemaCustomizer.class)
			.hasSingleBean(ProblemResponsesCustomizer.class));
	}

	@Test
	void customizersWhenDisabledShouldBeAbsent() {
		this.runner.withPropertyValues("errors.openapi.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(ErrorPipeline.class)
				.doesNotHaveBean(ProblemSchemaCustomizer.class)
				.doesNotHaveBean(ProblemResponsesCustomizer.class));
	}

	@Test
	void customizersWhenErrorStarterIsDisabledShouldBeAbsent() {
		this.runner.withPropertyValues("errors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorResolver.class)
				.doesNotHaveBean(ProblemResponsesCustomizer.class));
	}

	@Test
	void customizersWithoutSpringdocShouldBeAbsent() {
		this.runner.withClassLoader(new FilteredClassLoader(GlobalOperationCustomizer.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ErrorPipeline.class)
				.doesNotHaveBean(ProblemSchemaCustomizer.class)
				.doesNotHaveBean(ProblemResponsesCustomizer.class));
	}

	@Test
	void customizersWhenApplicationDefinesItsOwnShouldBackOff() {
		this.runner.withUserConfiguration(OwnCustomizersConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ProblemResponsesCustomizer.class)
				.hasSingleBean(ProblemSchemaCustomizer.class);
			assertThat(context).getBean(ProblemResponsesCustomizer.class)
				.isSameAs(context.getBean(OwnCustomizersConfiguration.class).responses);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnCustomizersConfiguration {

		ProblemResponsesCustomizer responses;

		@Bean
		ProblemResponsesCustomizer ownProblemResponsesCustomizer(ErrorResolver resolver) {
			this.responses = new ProblemResponsesCustomizer(resolver, new ErrorMessages(null), () -> true);
			return this.responses;
		}

		@Bean
		ProblemSchemaCustomizer ownProblemSchemaCustomizer() {
			return new ProblemSchemaCustomizer();
		}

	}

}
