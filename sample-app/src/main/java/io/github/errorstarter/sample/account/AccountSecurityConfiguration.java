package io.github.errorstarter.sample.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards {@code /account/**} only, with HTTP Basic (tour stop 5); every
 * other URL stays open. Its 401 and 403 are sent with {@code sendError}, so they reach
 * error-starter through the error controller and look like every other error.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	@Bean
	SecurityFilterChain accountSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/account/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/account/delete")
				.hasRole("SUPPORT")
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			// HTTP Basic clients send credentials with every request: no need to remember
			// theirs
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	// demo users with plain-text passwords: alice is a customer, sam works in support
	@Bean
	InMemoryUserDetailsManager users() {
		return new InMemoryUserDetailsManager(
				User.withUsername("alice").password("{noop}alice").roles("CUSTOMER").build(),
				User.withUsername("sam").password("{noop}sam").roles("CUSTOMER", "SUPPORT").build());
	}

}
