package io.github.errorstarter.integration;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The application the integration tests run against: one controller per error source and
 * two filters that fail, one ordered before the starter's own filters and one after.
 */
@SpringBootApplication
public class IntegrationTestApplication {

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

	private static Filter failWhenPathIs(String path) {
		return (request, response, chain) -> {
			if (path.equals(((HttpServletRequest) request).getRequestURI())) {
				throw new IOException("filter failed: secret=filter-secret");
			}
			chain.doFilter(request, response);
		};
	}

}
