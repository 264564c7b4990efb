package io.github.errorstarter.conformance.servlet;

import java.io.IOException;

import io.github.errorstarter.sentry.ErrorLogEventFilter;
import io.github.errorstarter.sentry.SentryEventIdRecorder;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The scenarios app ({@link io.github.errorstarter.conformance.TestApp#SCENARIOS}): the
 * controllers of every error source, the app's own advice, and filters that fail, ordered
 * before the starter's own filters and after them. No component scan, so that the other
 * apps of this package stay out.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ ScenarioController.class, PagesController.class, ReportingController.class, AppExceptionHandler.class,
		ScenarioApplication.SentryBridgeEventProcessors.class })
class ScenarioApplication {

	@Bean
	FilterRegistrationBean<Filter> failingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(failWhenPathIs("/filter/boom"));
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Filter> earlyFailingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(failWhenPathIs("/filter/early"));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Filter> laterFailingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			throw new IllegalStateException("later filter boom");
		});
		registration.addUrlPatterns("/filter-boom");
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Filter> earlierFailingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			throw new IllegalStateException("earlier filter boom");
		});
		registration.addUrlPatterns("/early-filter-boom");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	private static Filter failWhenPathIs(String path) {
		return (request, response, chain) -> {
			if (path.equals(((HttpServletRequest) request).getRequestURI())) {
				throw new IOException("filter failed: secret=filter-secret");
			}
			chain.doFilter(request, response);
		};
	}

	/**
	 * The bridge's Sentry event processors, for an app whose bridge is off: it
	 * re-initializes the JVM-wide Sentry SDK with its own event processors, and the other
	 * Sentry apps of the JVM rely on these.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "conformance.sentry.bridge-event-processors", havingValue = "true")
	static class SentryBridgeEventProcessors {

		@Bean
		SentryEventIdRecorder sentryEventIdRecorder() {
			return new SentryEventIdRecorder();
		}

		@Bean
		ErrorLogEventFilter errorLogEventFilter() {
			return new ErrorLogEventFilter();
		}

	}

}
