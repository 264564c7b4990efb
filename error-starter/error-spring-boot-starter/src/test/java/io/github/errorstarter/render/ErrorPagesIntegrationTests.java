package io.github.errorstarter.render;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's default error page, its texts and their localisation, escaping, and a
 * committed response, against a real Tomcat. The test app adds German texts and overrides
 * one English text in {@code src/test/resources/pages-messages*.properties}.
 */
@SpringBootTest(classes = ErrorPagesIntegrationTests.PagesApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.messages.basename=pages-messages",
				"spring.messages.fallback-to-system-locale=false", "errors.paths[0].pattern=/readme/**",
				"errors.paths[0].templates=readme" })
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIntegrationTests {

	private static final Pattern REFERENCE = Pattern.compile("<code>([0-9a-f]{16})</code>");

	private static final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

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
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/status/" + status);
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
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/status/" + status);
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
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/server-error");
		String page = assertDefaultPage(response, 500);
		assertThat(page).contains("Something went wrong on our side", "This isn&#39;t your fault.")
			.doesNotContain("hunter2", "IllegalStateException", "\tat ");
	}

	@Test
	void pageShouldListValidationErrors() {
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/signup?email=not-an-email&age=-1");
		String page = assertDefaultPage(response, 400);
		assertThat(page).contains("Please check the following:", "<strong>email:</strong>",
				"must be a well-formed email address", "<strong>age:</strong>", "must be greater than or equal to 0");
	}

	@Test
	void pageShouldEscapePath() {
		HttpResponse<String> response = ErrorPageRequests.get(this.port,
				"/no/such/%3Cscript%3Ealert(1)%3C/script%3E/'onmouseover='alert(2)'&x");
		String page = assertDefaultPage(response, 404);
		assertThat(page).contains("/%3Cscript%3Ealert(1)%3C/script%3E/&#39;onmouseover=&#39;alert(2)&#39;&amp;x</code>")
			.doesNotContain("<script", "'onmouseover");
	}

	@Test
	void pageShouldEscapeScriptInParameterEchoedByExceptionMessage() {
		String payload = "<script>alert('name')</script>";
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/users?name=" + encode(payload));
		String page = assertDefaultPage(response, 404);
		assertThat(page).contains("No user named &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
			.doesNotContain("<script");
	}

	@Test
	void pageShouldEscapeScriptInHeaderEchoedByExceptionMessage() {
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/client", "X-Client",
				"<img src=x onerror=alert(1)>");
		String page = assertDefaultPage(response, 400);
		assertThat(page).contains("Unsupported client &lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
	}

	@Test
	void problemBodyShouldCarryScriptPayloadAsPlainJsonString() throws IOException {
		String payload = "<script>alert('name')</script>";
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/users?name=" + encode(payload), "Accept",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("detail").asText()).isEqualTo("No user named " + payload);
		assertThat(body.get("instance").asText()).isEqualTo("/users");
	}

	@Test
	void pageShouldFollowTheRequestLocale() {
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/no-such-page", "Accept-Language", "de");
		String page = assertDefaultPage(response, 404, "de");
		assertThat(page).contains("<title>Nicht gefunden (404)</title>", "<h1>Diese Seite gibt es nicht</h1>",
				"Vielleicht hat sich ein Tippfehler eingeschlichen", "Fehler 404 · Nicht gefunden",
				"Angefragte Adresse", ">Zur Startseite</a>");
	}

	@Test
	void problemBodyTitleShouldUseTheSameMessages() throws IOException {
		HttpResponse<String> notFound = ErrorPageRequests.get(this.port, "/no-such-page", "Accept", "application/json",
				"Accept-Language", "de");
		assertThat(json.readTree(notFound.body()).get("title").asText()).isEqualTo("Nicht gefunden");
		HttpResponse<String> notAllowed = ErrorPageRequests.send(this.port, "POST", "/server-error", "Accept",
				"application/json", "Accept-Language", "de");
		assertThat(notAllowed.statusCode()).isEqualTo(405);
		assertThat(json.readTree(notAllowed.body()).get("title").asText()).isEqualTo("Methode nicht erlaubt");
	}

	@Test
	void pageTitleShouldUseSpringProblemDetailTitleCode() {
		HttpResponse<String> response = ErrorPageRequests.send(this.port, "POST", "/server-error", "Accept-Language",
				"de");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		assertThat(response.body()).contains("<title>Methode nicht erlaubt (405)</title>");
	}

	@Test
	void readmeExampleTemplateShouldRender() {
		HttpResponse<String> notFound = ErrorPageRequests.get(this.port, "/readme/no-such-page");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body())
			.contains("<title>Not Found (404)</title>", ".es-card {", "<p class=\"es-eyebrow\">Error 404</p>",
					"<h1>We can&#39;t find that page</h1>", "You asked for <code>/readme/no-such-page</code>.",
					"<a href=\"/\">Go to the home page</a>")
			.doesNotContain("No static resource", "Reference for support");
		HttpResponse<String> invalid = ErrorPageRequests.get(this.port, "/readme/signup?email=not-an-email&age=1");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("<li>email: must be a well-formed email address</li>");
	}

	@Test
	void errorAfterResponseIsCommittedShouldLeaveResponseAlone(CapturedOutput output) {
		HttpResponse<String> response = ErrorPageRequests.get(this.port, "/committed");
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

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(PagesController.class)
	static class PagesApp {

	}

	@RestController
	static class PagesController {

		@GetMapping("/status/{status}")
		String status(@PathVariable int status) {
			throw new ResponseStatusException(HttpStatusCode.valueOf(status));
		}

		@GetMapping("/server-error")
		String serverError() {
			throw new IllegalStateException("Lost the connection (db-password=hunter2)");
		}

		@GetMapping("/users")
		String user(@RequestParam String name) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user named " + name);
		}

		@GetMapping("/client")
		String client(@RequestHeader("X-Client") String client) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unsupported client " + client);
		}

		@GetMapping({ "/signup", "/readme/signup" })
		String signup(@Valid @ModelAttribute SignupForm form) {
			return "ok";
		}

		@GetMapping("/committed")
		void committed(HttpServletResponse response) throws IOException {
			response.getWriter().write("partial content");
			response.flushBuffer();
			throw new IllegalStateException("Failed after the response was committed");
		}

	}

	record SignupForm(@Email String email, @Min(0) int age) {
	}

}
