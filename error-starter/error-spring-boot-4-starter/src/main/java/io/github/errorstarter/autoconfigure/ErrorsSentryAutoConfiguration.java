package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.sentry.SentryRequestSource;
import io.github.errorstarter.sentry.ServletSentryRequestSource;
import io.sentry.IScopes;
import io.sentry.spring7.SentryRequestResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the Sentry bridge on Spring Boot 4
 * ({@code sentry-spring-boot-4-starter}), when Sentry's own auto-configuration is active
 * (Sentry on the class path and a DSN set) and error-starter's pipeline is there. It adds
 * what names Boot 4's Sentry types: the {@link ServletSentryRequestSource} with Sentry's
 * Spring 7 {@code SentryRequestResolver}, which, as an
 * {@link io.github.errorstarter.web.ErrorDispatchListener} of the {@code ErrorsFilter},
 * also keeps the route of requests that end in the servlet ERROR dispatch.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ErrorsAutoConfiguration.class, afterName = "io.sentry.spring.boot4.SentryAutoConfiguration")
@ConditionalOnClass({ IScopes.class, SentryRequestResolver.class })
@ConditionalOnBean({ IScopes.class, ErrorPipeline.class })
@ConditionalOnBooleanProperty(name = "errors.sentry.enabled", matchIfMissing = true)
@Import(ErrorsSentryConfiguration.class)
public class ErrorsSentryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(SentryRequestSource.class)
	ServletSentryRequestSource errorsSentryRequestSource(ObjectProvider<SentryRequestResolver> requestResolver) {
		return new ServletSentryRequestSource((request) -> {
			SentryRequestResolver resolver = requestResolver.getIfAvailable();
			return (resolver != null) ? resolver.resolveSentryRequest(request) : null;
		});
	}

}
