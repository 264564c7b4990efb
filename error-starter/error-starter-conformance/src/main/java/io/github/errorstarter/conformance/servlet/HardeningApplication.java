package io.github.errorstarter.conformance.servlet;

import java.io.IOException;
import java.util.Map;

import io.github.errorstarter.conformance.app.Failures;
import io.github.errorstarter.report.ErrorReporter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hardening app ({@link io.github.errorstarter.conformance.TestApp#HARDENING}): one
 * endpoint per error source, and the faults of the error path (a reporter that throws, a
 * committed response, a body that cannot be written; the broken template is
 * {@code conformance/templates/hardening-broken/error/500.html}).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(HardeningApplication.HardeningController.class)
class HardeningApplication {

	@Bean
	ErrorReporter failingReporter() {
		return (error) -> {
			if (error.getPath().startsWith("/reporter-fails")) {
				throw new IllegalStateException("reporter down");
			}
		};
	}

	@RestController
	static class HardeningController {

		@GetMapping("/ok")
		String ok() {
			return "ok";
		}

		@GetMapping({ "/boom", "/reporter-fails", "/broken-page/boom" })
		String boom() {
			throw new IllegalStateException("Simulated failure (" + Failures.SECRET + ")");
		}

		@GetMapping("/mapped")
		String mapped() {
			throw new OrderNotFoundException();
		}

		@GetMapping("/items/{id}")
		String item(@PathVariable int id) {
			return "item " + id;
		}

		@PostMapping("/orders")
		String order(@Valid @RequestBody OrderRequest order) {
			return "created";
		}

		@GetMapping("/committed")
		void committed(HttpServletResponse response) throws IOException {
			response.setContentType("text/plain");
			response.getWriter().write("partial answer");
			response.flushBuffer();
			throw new IllegalStateException("Failure after the response was committed (" + Failures.SECRET + ")");
		}

		// each test uses its own status: the failure is logged once per error code
		@GetMapping("/unwritable/{status}")
		String unwritable(@PathVariable int status) {
			ProblemDetail body = ProblemDetail.forStatus(status);
			body.setProperties(Map.of("broken", new UnserializableValue()));
			throw new ErrorResponseException(HttpStatus.valueOf(status), body, null);
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class OrderNotFoundException extends RuntimeException {

	}

	record OrderRequest(@NotBlank String item, @Positive int quantity) {
	}

	/**
	 * A problem property that Jackson fails on while writing the body.
	 */
	static class UnserializableValue {

		public String getValue() {
			throw new IllegalStateException("cannot serialize (" + Failures.SECRET + ")");
		}

	}

}
