package io.github.errorstarter.sentry;

import java.util.List;

import io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration;
import io.github.errorstarter.autoconfigure.ErrorsProperties;
import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.resolve.ExceptionClasses;
import io.sentry.IScopes;
import io.sentry.spring.jakarta.SentryRequestResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of
 * the Sentry bridge, when Sentry's own auto-configuration is active (Sentry on the class path
 * and a DSN set) and error-starter's pipeline is there.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = ErrorsAutoConfiguration.class,
		afterName = "io.sentry.spring.boot.jakarta.SentryAutoConfiguration")
@ConditionalOnClass({ IScopes.class, SentryRequestResolver.class })
@ConditionalOnBean({ IScopes.class, ErrorPipeline.class })
@ConditionalOnBooleanProperty(name = "errors.sentry.enabled", matchIfMissing = true)
public class ErrorsSentryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SentryErrorReporter sentryErrorReporter(IScopes scopes, ErrorsProperties properties,
			ObjectProvider<SentryRequestResolver> requestResolver, ApplicationContext context) {
		ErrorsProperties.Sentry sentry = properties.getSentry();
		List<Class<? extends Throwable>> ignored = sentry.getIgnoredExceptions()
			.stream()
			.<Class<? extends Throwable>>map((name) -> ExceptionClasses.load(name, context.getClassLoader(),
					"errors.sentry.ignored-exceptions"))
			.toList();
		SentryEventFactory eventFactory = new SentryEventFactory((request) -> {
			SentryRequestResolver resolver = requestResolver.getIfAvailable();
			return (resolver != null) ? resolver.resolveSentryRequest(request) : null;
		});
		return new SentryErrorReporter(scopes, new ReportableErrors(sentry.getMinimumStatus(), ignored),
				eventFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	SentryEventIdRecorder sentryEventIdRecorder() {
		return new SentryEventIdRecorder();
	}

}
