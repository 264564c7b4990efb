package io.github.errorstarter.boot4.sentry;

import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what tests compare: the exception of an event the {@link FakeSentryServer}
 * received, and the event id of a problem body.
 *
 * @since 0.1.0
 */
public final class ReceivedEvents {

	private static final JsonMapper jsonMapper = new JsonMapper();

	private ReceivedEvents() {
	}

	/**
	 * Return the exception an event reports: the one that was thrown, not its causes.
	 * @param event the event
	 * @return the exception's JSON ({@code type}, {@code value}, {@code mechanism},
	 * {@code stacktrace})
	 */
	public static JsonNode lastException(JsonNode event) {
		// Sentry lists the exception chain innermost first, so the thrown exception is
		// the last
		JsonNode values = event.path("exception").path("values");
		assertThat(values.size()).isPositive();
		return values.get(values.size() - 1);
	}

	/**
	 * Read a response's body as JSON.
	 * @param response the response, a problem
	 * @return the problem
	 */
	public static JsonNode problem(HttpResponse<String> response) {
		return jsonMapper.readTree(response.body());
	}

	/**
	 * Return the Sentry event id of a problem body, asserting that it has one.
	 * @param response the response, a problem
	 * @return the event id (32 hex digits)
	 */
	public static String eventId(HttpResponse<String> response) {
		String eventId = problem(response).path("eventId").asString();
		assertThat(eventId).hasSize(32);
		return eventId;
	}

}
