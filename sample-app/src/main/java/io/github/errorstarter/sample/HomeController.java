package io.github.errorstarter.sample;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The normal pages of the site, and the page that fails on purpose.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "index";
	}

	@GetMapping("/cause-error")
	String causeError() {
		throw new IllegalStateException("Simulated failure while loading the page (a secret: db-password=hunter2)");
	}

}
