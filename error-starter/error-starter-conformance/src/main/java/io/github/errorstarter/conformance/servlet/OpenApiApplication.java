package io.github.errorstarter.conformance.servlet;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The OpenAPI app ({@link io.github.errorstarter.conformance.TestApp#OPENAPI}): an items
 * API whose operations can fail in different ways, documented by the springdoc-openapi of
 * the line that runs it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(OpenApiApplication.ItemsController.class)
class OpenApiApplication {

	@RestController
	@RequestMapping("/items")
	static class ItemsController {

		@GetMapping
		List<Item> list() {
			return List.of(new Item("pen", 1));
		}

		@GetMapping("/search")
		List<Item> search(@RequestParam String name) {
			return List.of(new Item(name, 1));
		}

		@GetMapping("/{id}")
		Item find(@PathVariable long id) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id);
		}

		@PostMapping
		Item create(@Valid @RequestBody Item item) throws DuplicateItemException, OutOfStockException {
			throw new DuplicateItemException();
		}

		@DeleteMapping("/{id}")
		@ApiResponse(responseCode = "204", description = "Deleted")
		@ApiResponse(responseCode = "404", description = "No item of that id")
		@ResponseStatus(HttpStatus.NO_CONTENT)
		void delete(@PathVariable long id) {
		}

		@PutMapping("/{id}")
		@ApiResponse(responseCode = "200", description = "Replaced")
		@ApiResponse(responseCode = "404", description = "The app's own body",
				content = @Content(mediaType = "application/json", schema = @Schema(implementation = ItemError.class)))
		Item replace(@PathVariable long id, @RequestBody Item item) {
			return item;
		}

	}

	record Item(@NotBlank String name, @Min(1) int quantity) {
	}

	record ItemError(String reason) {
	}

	@ResponseStatus(value = HttpStatus.CONFLICT, reason = "An item of that name exists")
	static class DuplicateItemException extends Exception {

	}

	// mapped in properties: 422 OUT_OF_STOCK
	static class OutOfStockException extends Exception {

	}

}
