package io.github.errorstarter.conformance.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request as raw bytes over a socket to the app on 127.0.0.1, so that requests no
 * HTTP client would build (bad percent-encoding, raw control characters, oversized
 * headers) reach the server as they are. One connection per request, closed by the
 * server.
 */
final class RawHttpClient {

	private static final int TIMEOUT_MILLIS = 15_000;

	private final String host;

	private final int port;

	RawHttpClient(String host, int port) {
		this.host = host;
		this.port = port;
	}

	RawResponse send(byte[] request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			try {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
			}
			catch (SocketException ex) {
				// the server may answer and close before it has read a body it does not
				// want
			}
			return RawResponse.parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				out.write(buffer, 0, read);
			}
		}
		catch (SocketException ex) {
			// a reset after the answer: keep what arrived
		}
		return out.toByteArray();
	}

	/**
	 * A parsed response.
	 *
	 * @param status the status, -1 when nothing parseable arrived
	 * @param headers the headers, by lower-case name
	 * @param body the body, de-chunked, as UTF-8
	 * @param raw everything that arrived, as UTF-8
	 */
	record RawResponse(int status, Map<String, String> headers, String body, String raw) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static RawResponse parse(byte[] bytes) {
			String raw = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = raw.indexOf("\r\n\r\n");
			if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
				return new RawResponse(-1, Map.of(), "", raw);
			}
			String[] lines = raw.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].substring(9, 12));
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
			}
			byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8),
					new String(bytes, StandardCharsets.UTF_8));
		}

		// the ISO-8859-1 view keeps one character per byte, so chunk sizes index it
		// directly
		private static byte[] dechunk(byte[] chunked) {
			String text = new String(chunked, StandardCharsets.ISO_8859_1);
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int position = 0;
			while (position < text.length()) {
				int lineEnd = text.indexOf("\r\n", position);
				int size = Integer.parseInt(text.substring(position, lineEnd).split(";")[0].trim(), 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, size);
				position = lineEnd + 2 + size + 2;
			}
			return body.toByteArray();
		}

	}

}
