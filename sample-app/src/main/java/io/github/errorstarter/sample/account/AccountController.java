package io.github.errorstarter.sample.account;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's account, and account deletion, which only support staff may do.
 */
@Controller
class AccountController {

	@GetMapping("/account")
	String account(Principal principal, Model model) {
		model.addAttribute("username", principal.getName());
		return "account/index";
	}

	@GetMapping("/account/delete")
	String confirmDelete() {
		return "account/delete";
	}

	@PostMapping("/account/delete")
	String delete(@RequestParam String username, Model model) {
		model.addAttribute("deleted", username);
		return "account/delete";
	}

}
