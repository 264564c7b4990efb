package io.github.errorstarter.sample.shop;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The products the shop sells, kept in memory.
 */
@Component
public class Catalog {

	private final List<Product> products = List.of(new Product("anvil", "Anvil, 50 kg", new BigDecimal("149.00"), 12),
			new Product("rocket-skates", "Rocket skates", new BigDecimal("89.90"), 0),
			new Product("giant-magnet", "Giant magnet", new BigDecimal("34.50"), 40));

	public List<Product> products() {
		return this.products;
	}

	public Product find(String id) {
		return this.products.stream().filter((product) -> product.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * One product.
	 *
	 * @param id the product id
	 * @param name the name shown to customers
	 * @param price the price in euros
	 * @param stock how many are in stock
	 */
	public record Product(String id, String name, BigDecimal price, int stock) {
	}

}
