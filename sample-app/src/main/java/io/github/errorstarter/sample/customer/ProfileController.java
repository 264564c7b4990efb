package io.github.errorstarter.sample.customer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Customer profiles (tour stop 2). A missing {@code username} is Spring's own 400; an
 * unknown one is Flask's {@code abort(404, description=...)}, written the Spring way.
 */
@Controller
class ProfileController {

	private final Customers customers;

	ProfileController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping("/profile")
	String profile(@RequestParam String username, Model model) {
		Customers.Customer customer = this.customers.findByUsername(username);
		if (customer == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No customer is called '" + username + "'.");
		}
		model.addAttribute("customer", customer);
		return "profile";
	}

}
