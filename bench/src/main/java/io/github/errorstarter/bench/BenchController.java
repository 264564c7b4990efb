package io.github.errorstarter.bench;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * One endpoint per measured case: a trivial 200, a mapped exception, an unhandled
 * exception and a validation failure. Unknown URLs need no endpoint.
 */
@RestController
class BenchController {

	@GetMapping("/ok")
	String ok() {
		return "ok";
	}

	@GetMapping("/mapped")
	String mapped() {
		throw new OrderNotFoundException("Order 42 does not exist");
	}

	@GetMapping("/boom")
	String boom() {
		throw new IllegalStateException("Simulated failure (a secret: db-password=hunter2)");
	}

	@PostMapping("/orders")
	String order(@Valid @RequestBody OrderRequest order) {
		return "created";
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class OrderNotFoundException extends RuntimeException {

		OrderNotFoundException(String message) {
			super(message);
		}

	}

	record OrderRequest(@NotBlank String item, @Positive int quantity) {
	}

}
