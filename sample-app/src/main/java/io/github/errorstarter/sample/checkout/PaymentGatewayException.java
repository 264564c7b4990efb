package io.github.errorstarter.sample.checkout;

/**
 * The payment gateway failed. Mapped to 503 in {@code application.yml}, which covers
 * every subclass without a mapping of its own.
 */
public class PaymentGatewayException extends RuntimeException {

	public PaymentGatewayException(String message) {
		super(message);
	}

}
