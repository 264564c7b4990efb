package io.github.errorstarter.conformance.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile requests from a seed: random and malicious paths, methods,
 * {@code Accept}, {@code Content-Type} and {@code Accept-Language} values, bodies,
 * oversized headers and broken percent-encoding. Every injected payload is one of
 * {@link #MARKERS}, so a response can be searched for them.
 */
final class HostileRequests {

	/**
	 * Payloads that must never come back unescaped in a page.
	 */
	static final List<String> MARKERS = List.of("<script>alert(1)</script>", "\"><svg onload=alert(2)>",
			"</title><h1>injected</h1>", "<img src=x onerror=alert(3)>", "'\"><iframe src=javascript:alert(4)>");

	private static final List<String> BASE_PATHS = List.of("/ok", "/boom", "/mapped", "/orders", "/items/12",
			"/items/abc", "/no/such/page", "/error", "/api/orders/1", "/broken-page/nothing", "/", "/static/x.css",
			"/reporter-fails");

	private static final List<String> METHODS = List.of("GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE",
			"PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO", "get");

	private static final List<String> ACCEPTS = List.of("", "*/*", "text/html", "application/json",
			"application/problem+json", "application/xml", "text/html;q=abc", "*/*;q=0", "image/png", "text/*",
			"application/json;q=0.1, text/html;q=0.9", "text/html, application/json", "<script>alert(1)</script>",
			"application/", ";;;,,,", "a/b;c=\"unterminated", "text/html;q=0, application/json;q=0");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=UTF-8",
			"application/json;charset=x-unknown-charset", "application/xml", "text/plain",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=", "multipart/form-data",
			"application/problem+json", "garbage", "<script>alert(1)</script>", "application/json;;;charset=");

	private static final List<String> LANGUAGES = List.of("en", "de-DE", "fr;q=0.5, en;q=0.4", "*", "xx-YY", "en;q=abc",
			"zh-Hant-TW", "i-klingon", "de-DE-u-co-phonebk", "<script>alert(1)</script>",
			"en-US,en;q=0.9," + "x".repeat(300), "q=1;;;");

	private final Random random;

	HostileRequests(long seed) {
		this.random = new Random(seed);
	}

	List<HostileRequest> generate(int count) {
		List<HostileRequest> requests = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			requests.add(next());
		}
		return requests;
	}

	HostileRequest okRequest() {
		return new HostileRequest("GET", "/ok", List.of(), new byte[0], false);
	}

	HostileRequest next() {
		String base = pick(BASE_PATHS);
		String method = pick(METHODS);
		String target = mangle(base);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		addIfChosen(headers, "Accept", pick(ACCEPTS));
		addIfChosen(headers, "Accept-Language", pick(LANGUAGES));
		byte[] body = new byte[0];
		if (!"GET".equals(method) && !"HEAD".equals(method) && this.random.nextInt(3) > 0) {
			addIfChosen(headers, "Content-Type", pick(CONTENT_TYPES));
			body = body();
		}
		if (this.random.nextInt(20) == 0) {
			headers.add(Map.entry("X-Padding", "p".repeat(1 + this.random.nextInt(16_000))));
		}
		if (this.random.nextInt(10) == 0) {
			headers.add(Map.entry("X-Marker", pick(MARKERS)));
		}
		boolean serverError = "/boom".equals(base) || "/reporter-fails".equals(base);
		return new HostileRequest(method, target, headers, body, serverError);
	}

	private String mangle(String base) {
		return switch (this.random.nextInt(12)) {
			case 0 -> base + "?q=" + pick(MARKERS);
			case 1 -> base + "?q=" + percentEncode(pick(MARKERS));
			case 2 -> "/" + percentEncode(pick(MARKERS)) + base;
			case 3 -> base + "/%zz%" + "%00";
			case 4 -> base + "/..%2f..%2fetc%2fpasswd";
			case 5 -> "/a" + "/segment".repeat(1 + this.random.nextInt(700));
			case 6 -> base + ";jsessionid=" + this.random.nextInt() + "/%3Cb%3E";
			case 7 -> "/%E2%9C%93/%F0%9F%92%A5" + base + "/%C3%28";
			case 8 -> "/${jndi:ldap://127.0.0.1/x}/{{7*7}}" + base;
			case 9 -> "//" + base + "/./../" + base;
			case 10 -> base + "%0d%0aSet-Cookie:%20injected=1";
			default -> base;
		};
	}

	private byte[] body() {
		return switch (this.random.nextInt(8)) {
			case 0 -> "{\"item\":\"\",\"quantity\":-1}".getBytes(StandardCharsets.UTF_8);
			case 1 -> "{\"item\":\"book\",\"quantity\":2}".getBytes(StandardCharsets.UTF_8);
			case 2 -> ("{\"item\":\"" + pick(MARKERS).replace("\"", "\\\"") + "\",\"quantity\":\"x\"}")
				.getBytes(StandardCharsets.UTF_8);
			case 3 -> "[".repeat(5_000).getBytes(StandardCharsets.UTF_8);
			case 4 -> "{\"item\":".getBytes(StandardCharsets.UTF_8);
			case 5 -> randomBytes(1 + this.random.nextInt(4_096));
			case 6 -> ("{\"item\":\"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
			default -> pick(MARKERS).getBytes(StandardCharsets.UTF_8);
		};
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private void addIfChosen(List<Map.Entry<String, String>> headers, String name, String value) {
		if (!value.isEmpty() && this.random.nextInt(4) > 0) {
			headers.add(Map.entry(name, value));
		}
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String percentEncode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			encoded.append('%').append(String.format("%02X", b & 0xff));
		}
		return encoded.toString();
	}

}
