package io.github.errorstarter.conformance.integration;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path rules, then the Accept header, then the default decide the format; an error never
 * becomes a 406.
 */
class FormatNegotiationIntegrationTests extends AbstractIntegrationTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Test
	void browserShouldGetAnHtmlPage() {
		HttpResponse<String> response = this.http.get("/no/such/page", BROWSER_ACCEPT);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body()).contains("<h1").contains("Not Found");
	}

	@Test
	void browserOnApiPathShouldGetJson() {
		assertProblem(this.http.get("/api/missing", BROWSER_ACCEPT), 404);
	}

	@Test
	void wildcardShouldGetTheDefaultFormat() {
		assertProblem(this.http.get("/no/such/page", "*/*"), 404);
		assertProblem(this.http.get("/no/such/page", null), 404);
	}

	@Test
	void clientAcceptingNeitherFormatShouldStillGetTheProblemBody() {
		assertProblem(this.http.get("/no/such/page", "image/png"), 404);
	}

	@Test
	void problemJsonShouldBeAccepted() {
		assertProblem(this.http.get("/no/such/page", PROBLEM_JSON), 404);
	}

	@Test
	void negotiatedErrorShouldVaryOnAccept() {
		HttpResponse<String> page = this.http.get("/no/such/page", BROWSER_ACCEPT);
		HttpResponse<String> json = this.http.get("/no/such/page", JSON);
		HttpResponse<String> thrown = this.http.get("/filter/boom", JSON);
		assertThat(page.headers().allValues("Vary")).contains("Accept");
		assertThat(json.headers().allValues("Vary")).contains("Accept");
		assertThat(thrown.headers().allValues("Vary")).contains("Accept");
	}

	@Test
	void errorOnPathWithFixedFormatShouldNotVaryOnAccept() {
		HttpResponse<String> response = this.http.get("/api/missing", BROWSER_ACCEPT);
		assertThat(response.headers().allValues("Vary")).doesNotContain("Accept");
	}

	@Test
	void htmlServerErrorShouldNotLeak() {
		HttpResponse<String> response = this.http.get("/filter/boom", BROWSER_ACCEPT);
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("<h1");
		assertNoLeak(response, "filter-secret");
	}

	@Test
	void headShouldGetStatusAndHeadersWithoutBody() {
		HttpResponse<String> response = this.http.send("HEAD", "/api/missing", JSON, null, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
		assertThat(response.body()).isEmpty();
	}

}
