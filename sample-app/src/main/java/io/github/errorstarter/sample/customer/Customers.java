package io.github.errorstarter.sample.customer;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The shop's customers, kept in memory.
 */
@Component
public class Customers {

	private final List<Customer> customers = List.of(new Customer(1, "alice", "Alice Anderson", "Berlin"),
			new Customer(2, "bob", "Bob Brown", "Lisbon"), new Customer(3, "carol", "Carol Chen", "Oslo"));

	public Customer findByUsername(String username) {
		return this.customers.stream()
			.filter((customer) -> customer.username().equals(username))
			.findFirst()
			.orElse(null);
	}

	public Customer findById(long id) {
		return this.customers.stream().filter((customer) -> customer.id() == id).findFirst().orElse(null);
	}

	/**
	 * One customer.
	 *
	 * @param id the customer id
	 * @param username the username, as in {@code /profile?username=alice}
	 * @param name the full name
	 * @param city the city the customer lives in
	 */
	public record Customer(long id, String username, String name, String city) {
	}

}
