package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.openapi.ProblemResponsesCustomizer;
import io.github.errorstarter.openapi.ProblemSchemaCustomizer;
import io.github.errorstarter.openapi.SpringSecurityGuard;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the errors in the application's OpenAPI documents, when
 * springdoc-openapi (2.8 and later on Spring Boot 3.5, 3.x on Boot 4) is on the class
 * path and error-starter's pipeline is there: the {@code Problem} schema and the
 * {@code application/problem+json} responses of each operation. Both Boot lines share it:
 * springdoc's customizer types are the same on both.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration")
@ConditionalOnClass({ GlobalOperationCustomizer.class, GlobalOpenApiCustomizer.class })
@ConditionalOnBean(ErrorResolver.class)
@ConditionalOnBooleanProperty(name = "errors.openapi.enabled", matchIfMissing = true)
public class ErrorsOpenApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemSchemaCustomizer errorsProblemSchemaCustomizer() {
		return new ProblemSchemaCustomizer();
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemResponsesCustomizer errorsProblemResponsesCustomizer(ErrorResolver resolver, ErrorMessages messages,
			ApplicationContext context) {
		return new ProblemResponsesCustomizer(resolver, messages,
				new SpringSecurityGuard(context, context.getClassLoader()));
	}

}
