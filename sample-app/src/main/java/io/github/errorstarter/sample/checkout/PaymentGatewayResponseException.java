package io.github.errorstarter.sample.checkout;

/**
 * The payment gateway answered with something that is not a payment result. Mapped to 502
 * in {@code application.yml}: more specific than its parent's 503, so it wins.
 */
public class PaymentGatewayResponseException extends PaymentGatewayException {

	public PaymentGatewayResponseException(String message) {
		super(message);
	}

}
