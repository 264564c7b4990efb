package io.github.errorstarter.sample.api;

import java.util.Map;

import io.github.errorstarter.sample.customer.Customers;
import io.github.errorstarter.sample.customer.Customers.Customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The users API (tour stop 3), as in Flask's {@code InvalidAPIUsage} example: no id is a
 * 400, an unknown id a 404, both with a payload.
 */
@RestController
class UserApiController {

	private final Customers customers;

	UserApiController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping("/api/users")
	Customer user(@RequestParam(name = "user_id", required = false) String userId) {
		if (userId == null || userId.isBlank()) {
			throw new InvalidApiUsageException("No user id provided!", Map.of("parameter", "user_id"));
		}
		Customer customer = this.customers.findById(parseId(userId));
		if (customer == null) {
			throw new InvalidApiUsageException(HttpStatus.NOT_FOUND, "No such user!", Map.of("user_id", userId));
		}
		return customer;
	}

	private static long parseId(String userId) {
		try {
			return Long.parseLong(userId.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidApiUsageException("The user id must be a number.",
					Map.of("parameter", "user_id", "rejected", userId));
		}
	}

}
