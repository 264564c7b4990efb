package io.github.errorstarter.boot4.sentry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the events out of an envelope body as Sentry's ingest gets it.
 */
final class SentryEnvelopes {

	private static final JsonMapper jsonMapper = new JsonMapper();

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
	private static List<JsonNode> parse(byte[] envelope) {
		List<JsonNode> events = new ArrayList<>();
		int position = indexOf(envelope, 0) + 1;
		while (position < envelope.length) {
			int headerEnd = indexOf(envelope, position);
			JsonNode header = jsonMapper.readTree(envelope, position, headerEnd - position);
			int payloadStart = headerEnd + 1;
			int payloadEnd = header.has("length") ? payloadStart + header.get("length").asInt()
					: indexOf(envelope, payloadStart);
			if ("event".equals(header.path("type").asString())) {
				events.add(jsonMapper.readTree(envelope, payloadStart, payloadEnd - payloadStart));
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
