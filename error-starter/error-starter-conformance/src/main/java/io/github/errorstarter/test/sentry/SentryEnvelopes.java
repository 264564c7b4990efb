package io.github.errorstarter.test.sentry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the events out of an envelope body as Sentry's ingest gets it.
 */
final class SentryEnvelopes {

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private SentryEnvelopes() {
	}

	static List<JsonNode> events(byte[] body, boolean gzip) throws IOException {
		return parse(gzip ? gunzip(body) : body);
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	// header line, then items: a header line with the payload's length, the payload, a
	// newline
	private static List<JsonNode> parse(byte[] envelope) throws IOException {
		List<JsonNode> events = new ArrayList<>();
		int position = indexOf(envelope, 0) + 1;
		while (position < envelope.length) {
			int headerEnd = indexOf(envelope, position);
			JsonNode header = objectMapper.readTree(envelope, position, headerEnd - position);
			int payloadStart = headerEnd + 1;
			int payloadEnd = header.has("length") ? payloadStart + header.get("length").asInt()
					: indexOf(envelope, payloadStart);
			if ("event".equals(header.path("type").asText())) {
				events.add(objectMapper.readTree(envelope, payloadStart, payloadEnd - payloadStart));
			}
			position = payloadEnd + 1;
		}
		return events;
	}

	private static int indexOf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

}
