package io.github.errorstarter.report;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;

import io.sentry.Sentry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * A small app whose endpoints fail through every door: the controller advice, the filter
 * (a later filter, view rendering, a committed response), the async dispatch and the
 * error controller (an earlier filter, {@code sendError}). A {@code @TestComponent}, so
 * that other test apps' component scans leave it and its nested classes alone.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@TestComponent
@EnableAutoConfiguration
@Import(ReportingTestApplication.FailingController.class)
public class ReportingTestApplication {

	public static final String LOCAL_ADDRESS = "server.address=127.0.0.1";

	public static final String QUIET_EXCEPTION_LEVEL = "errors.logging.exception-levels[io.github.errorstarter.report.ReportingTestApplication$QuietException]=off";

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

	@RestController
	static class FailingController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("boom");
		}

		@GetMapping("/storm")
		String storm() {
			throw new IllegalStateException("storm");
		}

		@GetMapping("/users/{id}")
		String user(@PathVariable String id) {
			throw new UserLookupException("lookup of user " + id + " failed");
		}

		@GetMapping("/async-boom")
		Callable<String> asyncBoom() {
			return () -> {
				throw new IllegalStateException("async boom");
			};
		}

		@GetMapping("/view-boom")
		ModelAndView viewBoom() {
			View failingView = (model, request, response) -> {
				throw new IllegalStateException("view boom");
			};
			return new ModelAndView(failingView, Map.of());
		}

		@GetMapping("/commit-then-boom")
		void commitThenBoom(HttpServletResponse response) throws IOException {
			response.setContentType("text/plain");
			response.getWriter().write("partial");
			response.flushBuffer();
			throw new IllegalStateException("boom after commit");
		}

		@GetMapping("/send-error")
		void sendError(HttpServletResponse response) throws IOException {
			response.sendError(500);
		}

		@GetMapping("/not-found")
		String notFound() {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such thing");
		}

		@GetMapping("/quiet-boom")
		String quietBoom() {
			throw new QuietException("quiet boom");
		}

		@GetMapping("/ignored-boom")
		String ignoredBoom() {
			throw new IgnoredSubclassException("ignored boom");
		}

		// as sentry-logback or Sentry's own resolver would, before the pipeline reports
		// it
		@GetMapping("/captured-before")
		String capturedBefore() {
			IllegalStateException ex = new IllegalStateException("captured before");
			Sentry.captureException(ex);
			throw ex;
		}

	}

	public static class UserLookupException extends RuntimeException {

		UserLookupException(String message) {
			super(message);
		}

	}

	public static class QuietException extends RuntimeException {

		QuietException(String message) {
			super(message);
		}

	}

	public static class IgnoredException extends RuntimeException {

		IgnoredException(String message) {
			super(message);
		}

	}

	public static class IgnoredSubclassException extends IgnoredException {

		IgnoredSubclassException(String message) {
			super(message);
		}

	}

}
