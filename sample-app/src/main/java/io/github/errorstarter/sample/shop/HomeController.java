package io.github.errorstarter.sample.shop;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The shop's front page, and a page that fails on purpose (tour stop 1).
 */
@Controller
class HomeController {

	private final Catalog catalog;

	HomeController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("products", this.catalog.products());
		return "index";
	}

	// the message holds a secret on purpose: it must reach the log, never the client
	@GetMapping("/cause-error")
	String causeError() {
		throw new IllegalStateException("Simulated failure while loading the page (a secret: db-password=hunter2)");
	}

}
