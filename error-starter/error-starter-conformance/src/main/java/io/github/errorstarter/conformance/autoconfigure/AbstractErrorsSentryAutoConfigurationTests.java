package io.github.errorstarter.conformance.autoconfigure;

import java.util.List;

import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.report.ErrorReporter;
import io.github.errorstarter.report.LoggingErrorReporter;
import io.github.errorstarter.sentry.ErrorLogEventFilter;
import io.github.errorstarter.sentry.ReportableErrors;
import io.github.errorstarter.sentry.SentryErrorReporter;
import io.github.errorstarter.sentry.SentryEventFactory;
import io.github.errorstarter.sentry.SentryEventIdRecorder;
import io.github.errorstarter.sentry.ServletSentryRequestSource;
import io.github.errorstarter.test.sentry.FakeSentryServer;
import io.github.errorstarter.web.ErrorDispatchListener;
import io.github.errorstarter.web.ServletErrorHandler;
import io.sentry.IScopes;
import io.sentry.NoOpScopes;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code ErrorsSentryAutoConfiguration} that hold on every Spring Boot line:
 * the bridge is there exactly when Sentry is active and error-starter's pipeline too,
 * after Sentry's own auto-configuration, backs off for the application's reporter, and
 * the starter works without Sentry. A line's test class extends it, naming its own
 * auto-configurations and Sentry's integration for its Spring generation.
 *
 * @since 0.1.0
 */
public abstract class AbstractErrorsSentryAutoConfigurationTests {

	private final AutoConfigurations sentryAutoConfiguration;

	private final Class<?> sentryRequestResolver;

	private final WebApplicationContextRunner runner;

	/**
	 * Create the tests for a line.
	 * @param autoConfigurations the line's {@code ErrorsAutoConfiguration} and
	 * {@code ErrorsSentryAutoConfiguration}
	 * @param sentryAutoConfiguration the line's {@code SentryAutoConfiguration}, Sentry's
	 * own
	 * @param sentryRequestResolver the {@code SentryRequestResolver} of Sentry's
	 * integration for the line's Spring generation
	 */
	protected AbstractErrorsSentryAutoConfigurationTests(AutoConfigurations autoConfigurations,
			AutoConfigurations sentryAutoConfiguration, Class<?> sentryRequestResolver) {
		this.sentryAutoConfiguration = sentryAutoConfiguration;
		this.sentryRequestResolver = sentryRequestResolver;
		this.runner = new WebApplicationContextRunner().withConfiguration(autoConfigurations);
	}

	@Test
	void bridgeWhenSentryIsActiveShouldBeConfigured() {
		this.runner.withUserConfiguration(SentryScopesConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SentryErrorReporter.class)
				.hasSingleBean(SentryEventFactory.class)
				.hasSingleBean(SentryEventIdRecorder.class)
				.hasSingleBean(ErrorLogEventFilter.class)
				.hasSingleBean(ServletSentryRequestSource.class);
			assertThat(filterListeners(context)).containsExactly(context.getBean(ServletSentryRequestSource.class));
			assertThat(context.getBeanProvider(ErrorReporter.class).orderedStream()).first()
				.isInstanceOf(SentryErrorReporter.class);
		});
	}

	@Test
	void bridgeWhenSentryAutoConfigurationIsActiveShouldBeConfiguredAfterIt() {
		// alphabetically the bridge would come first and find no scopes yet
		this.runner.withConfiguration(this.sentryAutoConfiguration)
			.withPropertyValues("sentry.dsn=" + FakeSentryServer.INSTANCE.dsn(), "sentry.send-modules=false",
					"sentry.logging.enabled=false", "sentry.shutdown-timeout-millis=500")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(IScopes.class)
				.hasSingleBean(this.sentryRequestResolver)
				.hasSingleBean(SentryErrorReporter.class)
				.hasSingleBean(SentryEventFactory.class));
	}

	@Test
	void bridgeWhenSentryHasNoScopesShouldBeAbsent() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ErrorPipeline.class)
				.doesNotHaveBean(SentryErrorReporter.class)
				.doesNotHaveBean(SentryEventIdRecorder.class)
				.doesNotHaveBean(ErrorLogEventFilter.class)
				.doesNotHaveBean(ErrorDispatchListener.class);
			assertThat(filterListeners(context)).as("no route is kept without the Sentry bridge").isEmpty();
		});
	}

	@Test
	void bridgeWhenSentryAutoConfigurationHasNoDsnShouldBeAbsent() {
		// Sentry's own auto-configuration defines no scopes without a DSN
		this.runner.withConfiguration(this.sentryAutoConfiguration)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ErrorPipeline.class)
				.doesNotHaveBean(IScopes.class)
				.doesNotHaveBean(SentryErrorReporter.class));
	}

	@Test
	void bridgeWhenDisabledShouldBeAbsent() {
		this.runner.withUserConfiguration(SentryScopesConfiguration.class)
			.withPropertyValues("errors.sentry.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(ErrorPipeline.class)
				.doesNotHaveBean(SentryErrorReporter.class)
				.doesNotHaveBean(SentryEventIdRecorder.class));
	}

	@Test
	void bridgeWhenErrorStarterIsDisabledShouldBeAbsent() {
		this.runner.withUserConfiguration(SentryScopesConfiguration.class)
			.withPropertyValues("errors.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(SentryErrorReporter.class));
	}

	@Test
	void bridgeWhenSentrysSpringIntegrationIsAbsentShouldBeAbsent() {
		this.runner.withUserConfiguration(SentryScopesConfiguration.class)
			.withClassLoader(new FilteredClassLoader(this.sentryRequestResolver))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ErrorPipeline.class)
				.doesNotHaveBean(SentryErrorReporter.class));
	}

	@Test
	void sentryReporterBacksOffWhenApplicationDefinesOne() {
		this.runner.withUserConfiguration(SentryScopesConfiguration.class, UserReporterConfiguration.class)
			.run((context) -> assertThat(context).getBean(SentryErrorReporter.class)
				.isSameAs(context.getBean(UserReporterConfiguration.class).reporter));
	}

	@Test
	void startupWhenIgnoredExceptionIsUnknownShouldFailWithPropertyName() {
		this.runner.withUserConfiguration(SentryScopesConfiguration.class)
			.withPropertyValues("errors.sentry.ignored-exceptions=com.example.NoSuchException")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Unknown exception class 'com.example.NoSuchException' in "
						+ "errors.sentry.ignored-exceptions"));
	}

	@Test
	void starterWhenSentryIsAbsentFromClassPathShouldWork() {
		this.runner.withClassLoader(new FilteredClassLoader("io.sentry")).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(LoggingErrorReporter.class)
				.doesNotHaveBean(SentryErrorReporter.class)
				.hasBean("errorsFilter");
			MockHttpServletResponse response = new MockHttpServletResponse();
			new ServletErrorHandler(context.getBean(ErrorPipeline.class))
				.handle(new MockHttpServletRequest("GET", "/orders"), response, new IllegalStateException("boom"));
			assertThat(response.getStatus()).isEqualTo(500);
			assertThat(response.getContentAsString()).contains("\"status\":500");
		});
	}

	@Test
	void errorsFilterWhenRegisteredShouldComeRightAfterSentryFilters() {
		this.runner.run((context) -> assertThat(context).getBean("errorsFilter", FilterRegistrationBean.class)
			.extracting(FilterRegistrationBean::getOrder)
			.isEqualTo(Integer.MIN_VALUE + 2));
	}

	private static List<Object> filterListeners(AssertableWebApplicationContext context) {
		Object filter = context.getBean("errorsFilter", FilterRegistrationBean.class).getFilter();
		return List.copyOf((List<?>) ReflectionTestUtils.getField(filter, "listeners"));
	}

	@Configuration(proxyBeanMethods = false)
	static class SentryScopesConfiguration {

		@Bean
		IScopes sentryScopes() {
			return NoOpScopes.getInstance();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserReporterConfiguration {

		final SentryErrorReporter reporter = new SentryErrorReporter(NoOpScopes.getInstance(),
				new ReportableErrors(400, List.of()),
				new SentryEventFactory(new ServletSentryRequestSource((request) -> null)));

		@Bean
		SentryErrorReporter userSentryErrorReporter() {
			return this.reporter;
		}

	}

}
