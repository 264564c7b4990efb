package io.github.errorstarter.conformance.slice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controller of the {@code @WebMvcTest} slice tests: one that fails, one that
 * validates its body.
 *
 * @since 0.1.0
 */
@RestController
public class SliceController {

	@GetMapping("/slice/boom")
	String boom() {
		throw new IllegalStateException("slice boom: secret=slice-secret");
	}

	@PostMapping("/slice/items")
	Item create(@Valid @RequestBody Item item) {
		return item;
	}

	record Item(@NotBlank String name, @Min(1) int quantity) {
	}

}
