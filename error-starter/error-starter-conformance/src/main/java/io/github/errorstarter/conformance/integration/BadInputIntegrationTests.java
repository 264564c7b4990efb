package io.github.errorstarter.conformance.integration;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.errorstarter.conformance.HttpTestClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that does not parse gets a clear 4xx, never a 500 or a stack trace.
 */
class BadInputIntegrationTests extends AbstractIntegrationTests {

	@Test
	void unparseableAcceptOnErrorShouldKeepTheErrorStatus() {
		HttpResponse<String> response = this.http.get("/api/missing", "this is not;;; a media type==");
		assertProblem(response, 404);
	}

	@Test
	void unparseableAcceptOnNormalEndpointShouldNotGive500() {
		HttpResponse<String> response = this.http.get("/api/ok", "this is not;;; a media type==");
		assertThat(response.statusCode()).isLessThan(500);
		assertNoLeak(response, "InvalidMediaTypeException");
	}

	@Test
	void unparseableContentTypeShouldGive4xx() {
		HttpResponse<String> response = this.http.send("POST", "/api/items", JSON, "not/a/type;;", "{}");
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(HttpTestClient.json(response).path("status").asInt()).isEqualTo(response.statusCode());
		assertNoLeak(response, "InvalidMediaTypeException");
	}

	@Test
	void brokenPercentEncodingShouldGive400() {
		String answer = this.http.sendRaw(
				"GET /api/%zz%g1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + JSON + "\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@Test
	void brokenPercentEncodingInPathParameterShouldGive400ProblemBody() {
		for (String path : new String[] { "/api/items;jsessionid=%zz", "/orders;color=%zz", "/api/items/7;v=%" }) {
			String answer = this.http.sendRaw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + JSON
					+ "\r\nConnection: close\r\n\r\n");
			assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: " + PROBLEM_JSON);
			assertThat(answer).as(path).contains("\"code\":\"INVALID_REQUEST_PATH\"");
			assertThat(answer).as(path).doesNotContain("\tat ").doesNotContain("Exception");
		}
	}

	@Test
	void overlongHeaderShouldGive4xx() {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.http.uri("/api/ok"))
			.header("Accept", JSON)
			.header("X-Huge", "x".repeat(64 * 1024)));
		assertThat(response.statusCode()).isBetween(400, 499);
		assertNoLeak(response, "HeadersTooLarge");
	}

	@Test
	void scriptInPathShouldNotBeEchoedUnescapedInPage() {
		HttpResponse<String> response = this.http.get("/%3Cscript%3Ealert(1)%3C/script%3E", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("<script>");
	}

}
