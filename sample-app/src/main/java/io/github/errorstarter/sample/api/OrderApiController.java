package io.github.errorstarter.sample.api;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.errorstarter.sample.shop.Catalog;
import io.github.errorstarter.sample.shop.Catalog.Product;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders API: placing an order checks its JSON body (tour stop 10); processing a
 * pending order fails with a custom exception when its product is out of stock (tour stop
 * 4).
 */
@RestController
class OrderApiController {

	// pending orders by id, each for one product
	private static final Map<String, String> PENDING = Map.of("A-1001", "anvil", "A-1002", "rocket-skates");

	private final Catalog catalog;

	private final AtomicInteger orderNumbers = new AtomicInteger(2000);

	OrderApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@PostMapping("/api/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> place(@Valid @RequestBody OrderRequest order) {
		Product product = this.catalog.find(order.productId());
		if (product == null) {
			throw new OrderNotProcessableException("We do not sell '" + order.productId() + "'.");
		}
		return Map.of("orderId", "A-" + this.orderNumbers.incrementAndGet(), "product", product.id(), "quantity",
				order.quantity(), "status", "PENDING");
	}

	@PostMapping("/api/process")
	Map<String, Object> process(@RequestParam String order) {
		String productId = PENDING.get(order);
		if (productId == null) {
			throw new OrderNotProcessableException("There is no pending order " + order + ".");
		}
		Product product = this.catalog.find(productId);
		if (product.stock() == 0) {
			throw new OrderNotProcessableException(
					"Order " + order + " cannot be processed: '" + product.name() + "' is out of stock.");
		}
		return Map.of("orderId", order, "product", productId, "status", "SHIPPED");
	}

}
