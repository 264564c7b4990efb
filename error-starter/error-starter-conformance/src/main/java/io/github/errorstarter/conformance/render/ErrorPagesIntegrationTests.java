package io.github.errorstarter.conformance.render;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's default error page, its texts and their localisation, escaping, and a
 * committed response. The app adds German texts and overrides one English text in
 * {@code conformance/pages-messages*.properties}.
 */
@ConformanceTest(AppConfiguration.SCENARIOS)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIntegrationTests {

	private static final Pattern REFERENCE = Pattern.compile("<code>([0-9a-f]{16})</code>");

	private final HttpTestClient http;

	ErrorPagesIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			400 | Bad Request           | That request didn't make sense to us
			401 | Unauthorized          | Please sign in first
			403 | Forbidden             | You don't have access to this page
			404 | Not Found             | We can't find that page
			405 | Method Not Allowed    | That action isn't possible here
			418 | Client Error          | I'm a teapot, not a coffee machine
			451 | Client Error          | We couldn't handle that request
			""")
	void pageOfClientErrorShouldSayWhatHappenedForPeople(int status, String title, String heading) {
		HttpResponse<String> response = this.http.getPage("/status/" + status);
		String page = assertDefaultPage(response, status);
		assertThat(page)
			.contains("<title>" + escape(title) + " (" + status + ")</title>", "<h1>" + escape(heading) + "</h1>",
					"Error " + status + " · " + escape(title),
					"<a class=\"es-button\" href=\"/\">Go to the home page</a>", "<code>/status/" + status + "</code>")
			.doesNotContain("class=\"es-card es-server\"", "es-box es-reference");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			500 | Internal Server Error | Something went wrong on our side
			502 | Bad Gateway           | A service we rely on isn't answering properly
			503 | Service Unavailable   | We'll be back soon
			599 | Server Error          | Something went wrong on our side
			""")
	void pageOfServerErrorShouldShowReferenceThatIsLogged(int status, String title, String heading,
			CapturedOutput output) {
		HttpResponse<String> response = this.http.getPage("/status/" + status);
		String page = assertDefaultPage(response, status);
		assertThat(page).contains("<h1>" + escape(heading) + "</h1>", "class=\"es-card es-server\"", "Reference",
				"If you contact support, quote this reference");
		Matcher reference = REFERENCE.matcher(page);
		assertThat(reference.find()).as("reference in %s", page).isTrue();
		assertThat(output.getAll()).contains("GET /status/" + status + " -> " + status)
			.contains("requestId=" + reference.group(1));
	}

	@Test
	void pageOfUnhandledExceptionShouldNotLeakItsMessage() {
		HttpResponse<String> response = this.http.getPage("/server-error");
		String page = assertDefaultPage(response, 500);
		assertThat(page).contains("Something went wrong on our side", "This isn&#39;t your fault.")
			.doesNotContain("hunter2", "IllegalStateException", "\tat ");
	}

	@Test
	void pageShouldListValidationErrors() {
		HttpResponse<String> response = this.http.getPage("/signup?email=not-an-email&age=-1");
		String page = assertDefaultPage(response, 400);
		assertThat(page).contains("Please check the following:", "<strong>email:</strong>",
				"must be a well-formed email address", "<strong>age:</strong>", "must be greater than or equal to 0");
	}

	@Test
	void pageShouldEscapePath() {
		HttpResponse<String> response = this.http
			.getPage("/no/such/%3Cscript%3Ealert(1)%3C/script%3E/'onmouseover='alert(2)'&x");
		String page = assertDefaultPage(response, 404);
		assertThat(page).contains("/%3Cscript%3Ealert(1)%3C/script%3E/&#39;onmouseover=&#39;alert(2)&#39;&amp;x</code>")
			.doesNotContain("<script", "'onmouseover");
	}

	@Test
	void pageShouldEscapeScriptInParameterEchoedByExceptionMessage() {
		String payload = "<script>alert('name')</script>";
		HttpResponse<String> response = this.http.getPage("/users?name=" + encode(payload));
		String page = assertDefaultPage(response, 404);
		assertThat(page).contains("No user named &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
			.doesNotContain("<script");
	}

	@Test
	void pageShouldEscapeScriptInHeaderEchoedByExceptionMessage() {
		HttpResponse<String> response = this.http.getPage("/client", "X-Client", "<img src=x onerror=alert(1)>");
		String page = assertDefaultPage(response, 400);
		assertThat(page).contains("Unsupported client &lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
	}

	@Test
	void problemBodyShouldCarryScriptPayloadAsPlainJsonString() {
		String payload = "<script>alert('name')</script>";
		HttpResponse<String> response = this.http.getPage("/users?name=" + encode(payload), "Accept",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode body = HttpTestClient.json(response);
		assertThat(body.get("detail").asText()).isEqualTo("No user named " + payload);
		assertThat(body.get("instance").asText()).isEqualTo("/users");
	}

	@Test
	void pageShouldFollowTheRequestLocale() {
		HttpResponse<String> response = this.http.getPage("/no-such-page", "Accept-Language", "de");
		String page = assertDefaultPage(response, 404, "de");
		assertThat(page).contains("<title>Nicht gefunden (404)</title>", "<h1>Diese Seite gibt es nicht</h1>",
				"Vielleicht hat sich ein Tippfehler eingeschlichen", "Fehler 404 · Nicht gefunden",
				"Angefragte Adresse", ">Zur Startseite</a>");
	}

	@Test
	void problemBodyTitleShouldUseTheSameMessages() {
		HttpResponse<String> notFound = this.http.getPage("/no-such-page", "Accept", "application/json",
				"Accept-Language", "de");
		assertThat(HttpTestClient.json(notFound).get("title").asText()).isEqualTo("Nicht gefunden");
		HttpResponse<String> notAllowed = this.http.sendPage("POST", "/server-error", "Accept", "application/json",
				"Accept-Language", "de");
		assertThat(notAllowed.statusCode()).isEqualTo(405);
		assertThat(HttpTestClient.json(notAllowed).get("title").asText()).isEqualTo("Methode nicht erlaubt");
	}

	@Test
	void pageTitleShouldUseSpringProblemDetailTitleCode() {
		HttpResponse<String> response = this.http.sendPage("POST", "/server-error", "Accept-Language", "de");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		assertThat(response.body()).contains("<title>Methode nicht erlaubt (405)</title>");
	}

	@Test
	void readmeExampleTemplateShouldRender() {
		HttpResponse<String> notFound = this.http.getPage("/readme/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body())
			.contains("<title>Not Found (404)</title>", ".es-card {", "<p class=\"es-eyebrow\">Error 404</p>",
					"<h1>We can&#39;t find that page</h1>", "You asked for <code>/readme/no-such-page</code>.",
					"<a href=\"/\">Go to the home page</a>")
			.doesNotContain("No static resource", "Reference for support");
		HttpResponse<String> invalid = this.http.getPage("/readme/signup?email=not-an-email&age=1");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("<li>email: must be a well-formed email address</li>");
	}

	@Test
	void errorAfterResponseIsCommittedShouldLeaveResponseAlone(CapturedOutput output) {
		HttpResponse<String> response = this.http.getPage("/committed");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("partial content");
		assertThat(output.getAll())
			.contains("Cannot render error 500 for GET /committed: the response is already committed");
	}

	private static String assertDefaultPage(HttpResponse<String> response, int status) {
		return assertDefaultPage(response, status, "en");
	}

	private static String assertDefaultPage(HttpResponse<String> response, int status, String lang) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		String page = response.body();
		assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\">", "es-card");
		assertThat(page.split("<h1", -1)).as("one h1").hasSize(2);
		return page;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
