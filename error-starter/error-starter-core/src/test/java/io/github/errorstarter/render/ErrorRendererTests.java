package io.github.errorstarter.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.context.TestErrorRequest;
import io.github.errorstarter.resolve.ErrorDescription;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorRenderer}: every decision about the response is in the
 * {@link RenderedError} it returns.
 */
class ErrorRendererTests {

	private final ErrorRenderer renderer = new ErrorRenderer(
			new ErrorFormatNegotiator(List.of(PathRule.of("/api/**", ErrorFormat.JSON, null)), ErrorFormat.JSON),
			new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false)), new StaticErrorPage());

	@Test
	void renderWhenNoAcceptShouldGiveProblemJson() {
		RenderedError rendered = render(request("GET", "/orders/7", null),
				ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(rendered.status()).isEqualTo(404);
		assertThat(rendered.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("\"status\":404")
			.contains("\"instance\":\"/orders/7\"");
		assertThat(rendered.sendBody()).isTrue();
	}

	@Test
	void renderWhenBrowserShouldGivePage() {
		RenderedError rendered = render(request("GET", "/shop", "text/html"),
				ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(rendered.status()).isEqualTo(404);
		assertThat(rendered.contentType()).hasToString("text/html;charset=UTF-8");
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("<h1>Not Found</h1>");
	}

	@Test
	void renderWhenPathRuleFixesJsonShouldGiveProblemJsonToBrowser() {
		RenderedError rendered = render(request("GET", "/api/orders", "text/html"),
				ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(rendered.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void renderWhenAcceptChoseTheFormatShouldVaryOnAccept() {
		RenderedError page = render(request("GET", "/shop", "text/html"),
				ErrorContexts.description(404, "Not Found", "Gone."));
		RenderedError json = render(request("GET", "/orders/7", null),
				ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(page.headers().getVary()).containsExactly(HttpHeaders.ACCEPT);
		assertThat(json.headers().getVary()).containsExactly(HttpHeaders.ACCEPT);
	}

	@Test
	void renderWhenPathRuleFixedTheFormatShouldNotVary() {
		RenderedError rendered = render(request("GET", "/api/orders", "text/html"),
				ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(rendered.headers().getVary()).isEmpty();
	}

	@Test
	void renderShouldForbidCaching() {
		RenderedError rendered = render(request("GET", "/", null),
				ErrorContexts.description(500, "Server Error", "Sorry."));
		assertThat(rendered.headers().getCacheControl()).isEqualTo("no-store");
	}

	@Test
	void renderWhenErrorCarriesHeadersShouldKeepAllOfThem() {
		HttpHeaders headers = new HttpHeaders();
		headers.setAllow(Set.of(HttpMethod.GET));
		headers.add("WWW-Authenticate", "Basic realm=\"shop\"");
		headers.add("WWW-Authenticate", "Bearer");
		ErrorDescription description = ErrorContexts.description(405, "Method Not Allowed", "No.", List.of(), Map.of(),
				headers);
		RenderedError rendered = render(request("DELETE", "/orders", null), description);
		assertThat(rendered.headers().getFirst(HttpHeaders.ALLOW)).isEqualTo("GET");
		assertThat(rendered.headers().get("WWW-Authenticate")).containsExactly("Basic realm=\"shop\"", "Bearer");
		assertThat(rendered.headers().getCacheControl()).isEqualTo("no-store");
		assertThat(rendered.headers()).doesNotContainKeys(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH);
	}

	@Test
	void renderWhenHeadShouldKeepTheBodyForItsLengthButNotSendIt() {
		ErrorDescription description = ErrorContexts.description(404, "Not Found", "Gone.");
		RenderedError get = render(request("GET", "/orders/7", null), description);
		RenderedError head = render(request("HEAD", "/orders/7", null), description);
		assertThat(head.sendBody()).isFalse();
		assertThat(head.status()).isEqualTo(404);
		assertThat(head.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(head.body()).hasSameSizeAs(get.body()).isNotEmpty();
	}

	@Test
	void renderShouldDecideTheSameWhateverTheWebStack() {
		ErrorRequest request = new TestErrorRequest("HEAD", "/shop").header(HttpHeaders.ACCEPT, "text/html");
		RenderedError rendered = this.renderer.render(new ErrorContext(request,
				ErrorContexts.description(404, "Not Found", "Gone."), null, ErrorContexts.TIMESTAMP));
		assertThat(rendered.contentType()).hasToString("text/html;charset=UTF-8");
		assertThat(rendered.sendBody()).isFalse();
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("<h1>Not Found</h1>",
				"<a href=\"/\">");
	}

	private RenderedError render(MockHttpServletRequest request, ErrorDescription description) {
		return this.renderer.render(ErrorContexts.context(request, description, null));
	}

	private static MockHttpServletRequest request(String method, String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (accept != null) {
			request.addHeader(HttpHeaders.ACCEPT, accept);
		}
		return request;
	}

}
