package io.github.errorstarter.sample.checkout;

/**
 * The payment gateway could not be reached. Not mapped itself: its parent's 503 applies.
 */
public class PaymentGatewayUnavailableException extends PaymentGatewayException {

	public PaymentGatewayUnavailableException(String message) {
		super(message);
	}

}
