package io.github.errorstarter.sentry;

import io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration;
import io.github.errorstarter.autoconfigure.ErrorsProperties;
import io.github.errorstarter.pipeline.ErrorPipeline;
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
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the Sentry bridge, when Sentry's own auto-configuration is
 * active (Sentry on the class path and a DSN set) and error-starter's pipeline is there.
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
		ReportableErrors reportableErrors = ReportableErrors.of(sentry.getMinimumStatus(),
				sentry.getIgnoredExceptions(), context.getClassLoader());
		SentryEventFactory eventFactory = new SentryEventFactory((request) -> {
			SentryRequestResolver resolver = requestResolver.getIfAvailable();
			return (resolver != null) ? resolver.resolveSentryRequest(request) : null;
		});
		return new SentryErrorReporter(scopes, reportableErrors, eventFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	SentryEventIdRecorder sentryEventIdRecorder() {
		return new SentryEventIdRecorder();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorLogEventFilter errorLogEventFilter() {
		return new ErrorLogEventFilter();
	}

}
