package io.github.errorstarter.conformance.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request, and whether it was meant to fail on the server (a 5xx is then
 * allowed).
 *
 * @param method the method token, sent as is
 * @param target the request target, sent as is
 * @param headers the header lines, sent as is
 * @param body the body, empty for none
 * @param serverErrorExpected whether the request asks for an endpoint that fails
 */
record HostileRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
		boolean serverErrorExpected) {

	byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder(256).append(this.method)
			.append(' ')
			.append(this.target)
			.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
		for (Map.Entry<String, String> header : this.headers) {
			head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
		}
		if (this.body.length > 0) {
			head.append("Content-Length: ").append(this.body.length).append("\r\n");
		}
		head.append("\r\n");
		out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		out.writeBytes(this.body);
		return out.toByteArray();
	}

	boolean isHead() {
		return "HEAD".equals(this.method);
	}

	@Override
	public String toString() {
		String shortTarget = (this.target.length() > 120) ? this.target.substring(0, 120) + "..." : this.target;
		return this.method + " " + shortTarget + " "
				+ this.headers.stream().map((header) -> header.getKey() + ": " + abbreviate(header.getValue())).toList()
				+ " body=" + this.body.length + "B";
	}

	private static String abbreviate(String value) {
		return (value.length() > 60) ? value.substring(0, 60) + "...(" + value.length() + ")" : value;
	}

}
