package io.github.errorstarter.sample.checkout;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checkout (tour stop 8), with a simulated payment gateway that is down
 * ({@code ?simulate=outage}) or answers garbage ({@code ?simulate=bad-response}). The
 * exception messages name internal hosts and keys: they are logged, never shown.
 */
@Controller
class CheckoutController {

	@GetMapping("/checkout")
	String checkout(@RequestParam(required = false) String simulate) {
		if ("outage".equals(simulate)) {
			throw new PaymentGatewayUnavailableException(
					"POST https://psp.internal:8443/v2/charges: connect timed out (merchant key mk_live_7f3a)");
		}
		if ("bad-response".equals(simulate)) {
			throw new PaymentGatewayResponseException(
					"POST https://psp.internal:8443/v2/charges: expected JSON, got text/html (merchant key mk_live_7f3a)");
		}
		return "checkout";
	}

}
