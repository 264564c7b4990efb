package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.sentry.ErrorLogEventFilter;
import io.github.errorstarter.sentry.ReportableErrors;
import io.github.errorstarter.sentry.SentryErrorReporter;
import io.github.errorstarter.sentry.SentryEventFactory;
import io.github.errorstarter.sentry.SentryEventIdRecorder;
import io.github.errorstarter.sentry.SentryRequestSource;
import io.sentry.IScopes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Sentry bridge, as both Spring Boot lines wire it. Each line's
 * {@code ErrorsSentryAutoConfiguration} imports it and adds the
 * {@link SentryRequestSource}, which names its own line's Sentry request resolver.
 */
@Configuration(proxyBeanMethods = false)
class ErrorsSentryConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SentryErrorReporter errorsSentryReporter(IScopes scopes, ErrorsProperties properties,
			SentryEventFactory eventFactory, ApplicationContext context) {
		ErrorsProperties.Sentry sentry = properties.getSentry();
		ReportableErrors reportableErrors = ReportableErrors.of(sentry.getMinimumStatus(),
				sentry.getIgnoredExceptions(), context.getClassLoader());
		return new SentryErrorReporter(scopes, reportableErrors, eventFactory);
	}

	@Bean
	@ConditionalOnMissingBean
	SentryEventFactory errorsSentryEventFactory(SentryRequestSource requests) {
		return new SentryEventFactory(requests);
	}

	@Bean
	@ConditionalOnMissingBean
	SentryEventIdRecorder errorsSentryEventIdRecorder() {
		return new SentryEventIdRecorder();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorLogEventFilter errorsLogEventFilter() {
		return new ErrorLogEventFilter();
	}

}
