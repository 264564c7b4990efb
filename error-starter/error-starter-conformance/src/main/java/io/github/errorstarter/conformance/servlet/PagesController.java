package io.github.errorstarter.conformance.servlet;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The endpoints of the error page tests: any status, a 500 with a secret, messages that
 * echo the request, validation errors, a committed response.
 */
@RestController
class PagesController {

	@GetMapping("/status/{status}")
	String status(@PathVariable int status) {
		throw new ResponseStatusException(HttpStatusCode.valueOf(status));
	}

	@GetMapping({ "/server-error", "/shop/checkout" })
	String serverError() {
		throw new IllegalStateException("Lost the connection (db-password=hunter2)");
	}

	@GetMapping("/users")
	String user(@RequestParam String name) {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user named " + name);
	}

	@GetMapping("/client")
	String client(@RequestHeader("X-Client") String client) {
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unsupported client " + client);
	}

	@GetMapping({ "/signup", "/readme/signup" })
	String signup(@Valid @ModelAttribute SignupForm form) {
		return "ok";
	}

	@GetMapping("/committed")
	void committed(HttpServletResponse response) throws IOException {
		response.getWriter().write("partial content");
		response.flushBuffer();
		throw new IllegalStateException("Failed after the response was committed");
	}

	record SignupForm(@Email String email, @Min(0) int age) {
	}

}
