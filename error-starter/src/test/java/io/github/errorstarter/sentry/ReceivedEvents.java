package io.github.errorstarter.sentry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what tests compare: the exception of an event the fake ingest received, and the event
 * id of a problem body.
 */
final class ReceivedEvents {

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private ReceivedEvents() {
	}

	// Sentry lists the exception chain innermost first, so the thrown exception is the last
	static JsonNode lastException(JsonNode event) {
		JsonNode values = event.path("exception").path("values");
		assertThat(values.size()).isPositive();
		return values.get(values.size() - 1);
	}

	static JsonNode problem(HttpResponse<String> response) {
		try {
			return objectMapper.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String eventId(HttpResponse<String> response) {
		String eventId = problem(response).path("eventId").asText();
		assertThat(eventId).hasSize(32);
		return eventId;
	}

}
