package io.github.errorstarter.sample.tour;

import java.util.List;

import static io.github.errorstarter.sample.tour.TourRequest.HTML;
import static io.github.errorstarter.sample.tour.TourRequest.JSON;
import static io.github.errorstarter.sample.tour.TourRequest.get;
import static io.github.errorstarter.sample.tour.TourRequest.post;

/**
 * The stops of the tour, in the order of the README's tour: the {@code /tour} page lists
 * them and the tests run every request of every stop.
 */
public final class Tour {

	private static final String RUN = "./mvnw -pl sample-app -am spring-boot:run";

	private static final List<TourStop> STOPS = List.of(
			TourStop.of(1, "A normal page, and a page that fails",
					"The front page renders. /cause-error throws an exception whose message holds a secret: "
							+ "the client gets the 500 page or a generic problem, the log gets the stack trace.",
					get("/", HTML, 200, "the shop's front page"),
					get("/cause-error", HTML, 500, "the 500 page, no secret, no stack trace"),
					get("/cause-error", JSON, 500, "a problem with a generic detail")),
			TourStop.of(2, "A missing parameter and an unknown user",
					"/profile needs a username: without one, Spring's own 400; an unknown one is a 404.",
					get("/profile?username=alice", HTML, 200, "Alice's profile"),
					get("/profile", HTML, 400, "the 400 page"),
					get("/profile?username=nobody", HTML, 404, "the 404 page"),
					get("/profile?username=nobody", JSON, 404, "a problem: No customer is called 'nobody'.")),
			TourStop.of(3, "An API exception with a payload",
					"InvalidApiUsageException extends Spring's ErrorResponseException and puts its payload "
							+ "into the ProblemDetail: no handler needed.",
					get("/api/users?user_id=1", null, 200, "Alice as JSON"),
					get("/api/users", null, 400, "No user id provided!, with \"parameter\": \"user_id\""),
					get("/api/users?user_id=42", null, 404, "No such user!, with \"user_id\": \"42\"")),
			TourStop.of(4, "A custom exception with its description",
					"OrderNotProcessableException is a @ResponseStatus(UNPROCESSABLE_ENTITY): its message is "
							+ "the detail.",
					post("/api/process?order=A-1001", 200, "the order is shipped"),
					post("/api/process?order=A-1002", 422, "'Rocket skates' is out of stock")),
			TourStop.of(5, "Permission denied",
					"Spring Security guards /account/** with HTTP Basic. Its 401 and 403 come through the "
							+ "error controller and look like every other error.",
					get("/account/delete", JSON, 401, "a problem and WWW-Authenticate: Basic"),
					new TourRequest("GET", "/account/delete", HTML, "alice", null, 403, "the 403 page"),
					new TourRequest("GET", "/account/delete", JSON, "alice", null, 403, "a 403 problem"),
					new TourRequest("GET", "/account/delete", HTML, "sam", null, 200, "the delete page")),
			TourStop.of(6, "A status Spring never sends: 507 Insufficient Storage",
					"InsufficientStorageException has @ResponseStatus(INSUFFICIENT_STORAGE) with a reason; "
							+ "ExportVolumeFullException is a plain exception mapped in application.yml.",
					post("/api/uploads", 507, "Not enough storage space to keep the upload."),
					get("/orders/export", HTML, 507, "the 5xx page with the mapping's detail"),
					get("/orders/export", JSON, 507, "a problem with the mapping's detail and code")),
			TourStop.of(7, "The blog's own 404 page, and an API that always answers JSON",
					"Path rules in application.yml: /blog/** pages come from templates/blog/error/, "
							+ "/api/** always gets problem JSON, even when a browser asks.",
					get("/blog", HTML, 200, "the blog"), get("/blog/welcome", HTML, 200, "a blog post"),
					get("/blog/no-such-post", HTML, 404, "the blog's 404 page"),
					get("/api/no-such-thing", HTML, 404, "problem JSON, not a page"),
					new TourRequest("DELETE", "/api/users?user_id=1", null, null, null, 405,
							"problem JSON and Allow: GET")),
			TourStop.of(8, "An exception hierarchy mapped in application.yml",
					"PaymentGatewayException is mapped to 503, its subclass PaymentGatewayResponseException "
							+ "to 502: the most specific mapping wins.",
					get("/checkout", HTML, 200, "the checkout"),
					get("/checkout?simulate=outage", HTML, 503, "the 503 page (inherited from the parent)"),
					get("/checkout?simulate=outage", JSON, 503, "PAYMENT_UNAVAILABLE"),
					get("/checkout?simulate=bad-response", JSON, 502, "PAYMENT_GATEWAY_ERROR")),
			TourStop.of(9, "Async: a future that fails, and one that times out",
					"A CompletableFuture that fails takes the same pipeline; one that takes longer than "
							+ "spring.mvc.async.request-timeout is a 503.",
					get("/api/reports/daily", null, 500, "a generic problem, the secret only in the log"),
					get("/api/reports/yearly", null, 503, "a 503 problem after the timeout")),
			TourStop.of(10, "Validation of a JSON body",
					"OrderRequest is a @Valid record: every failed constraint is one entry in errors.",
					new TourRequest("POST", "/api/orders", null, null,
							"{\"productId\":\"anvil\",\"quantity\":1,\"email\":\"wile@acme.test\"}", 201,
							"the new order"),
					new TourRequest("POST", "/api/orders", null, null,
							"{\"productId\":\"\",\"quantity\":0,\"email\":\"not-an-email\"}", 400,
							"a problem with three entries in errors")),
			new TourStop(11, "Sentry",
					"Set SENTRY_DSN and server errors are reported to Sentry, with the event id in the response. "
							+ "Without it, nothing is sent and errors are only logged.",
					"SENTRY_DSN=https://<key>@<host>/<project> " + RUN, List.of()),
			new TourStop(12, "Development mode",
					"The dev profile shows exception messages and stack traces on pages and in JSON, and warns "
							+ "about it in the log at startup. Never use it in production.",
					RUN + " -Dspring-boot.run.profiles=dev", List.of()));

	private Tour() {
	}

	/**
	 * Return the stops in order.
	 * @return the stops
	 */
	public static List<TourStop> stops() {
		return STOPS;
	}

}
