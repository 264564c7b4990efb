package io.github.errorstarter.boot4;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small Spring Boot 4 app whose endpoints fail through each door of the starter: the
 * controller advice (exceptions, validation) and the error controller ({@code sendError},
 * unknown URLs). No component scan, so the tests' own classes stay out of it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(SmokeTestApplication.SmokeController.class)
class SmokeTestApplication {

	static final String SECRET = "password=hunter2 rejected by db.internal:5432";

	@RestController
	static class SmokeController {

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/forbidden")
		void forbidden(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}

		@GetMapping("/send-error")
		void sendError(HttpServletResponse response) throws IOException {
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}

		@GetMapping("/storage")
		String storage() {
			throw new StorageFullException("volume /data is full");
		}

		@PostMapping("/items")
		Item create(@Valid @RequestBody Item item) {
			return item;
		}

	}

	record Item(@NotBlank String name, @Min(1) int quantity) {
	}

	// mapped to 507 only in application-smoke.yml
	static class StorageFullException extends RuntimeException {

		StorageFullException(String message) {
			super(message);
		}

	}

}
