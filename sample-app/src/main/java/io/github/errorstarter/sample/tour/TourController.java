package io.github.errorstarter.sample.tour;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The {@code /tour} page: every stop, with links and {@code curl} commands.
 */
@Controller
class TourController {

	@GetMapping("/tour")
	String tour(Model model) {
		model.addAttribute("stops", Tour.stops());
		model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "tour";
	}

}
