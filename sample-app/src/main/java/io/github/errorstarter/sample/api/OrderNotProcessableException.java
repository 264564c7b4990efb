package io.github.errorstarter.sample.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An order that is valid but cannot be processed. {@code @ResponseStatus} without a
 * reason makes the message the detail clients see, as a 4xx message is meant for them.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class OrderNotProcessableException extends RuntimeException {

	public OrderNotProcessableException(String description) {
		super(description);
	}

}
