package io.github.errorstarter.conformance.servlet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;

import io.github.errorstarter.conformance.app.Failures;
import io.github.errorstarter.conformance.app.ScenarioExceptions.IgnoredSubclassException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.QuietException;
import io.sentry.Sentry;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Endpoints that fail through every door: the controller advice, the filter (view
 * rendering, a committed response), the async dispatch and the error controller
 * ({@code sendError}); the failing filters are beans of {@link ScenarioApplication}.
 */
@RestController
class ReportingController {

	@GetMapping("/boom")
	String boom() {
		return Failures.boom();
	}

	@GetMapping("/storm")
	String storm() {
		return Failures.storm();
	}

	@GetMapping("/users/{id}")
	String user(@PathVariable String id) {
		return Failures.user(id);
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

	// as sentry-logback or Sentry's own resolver would, before the pipeline reports it
	@GetMapping("/captured-before")
	String capturedBefore() {
		IllegalStateException ex = new IllegalStateException("captured before");
		Sentry.captureException(ex);
		throw ex;
	}

}
