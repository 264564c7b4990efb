package io.github.errorstarter.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.web.ServletErrorRequest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StaticErrorPage}.
 */
class StaticErrorPageTests {

	private final StaticErrorPage page = new StaticErrorPage();

	@Test
	void renderShouldEscapeEverythingFromTheError() {
		ErrorContext error = error(400, "<b>Bad</b>", "Unknown name <script>alert('x')</script>");
		error.addReference(ErrorContext.EVENT_ID, "\"><script>");
		String html = this.page.render(error, null);
		assertThat(html).contains("<title>400 &lt;b&gt;Bad&lt;/b&gt;</title>", "<h1>&lt;b&gt;Bad&lt;/b&gt;</h1>",
				"Unknown name &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<code>&quot;&gt;&lt;script&gt;</code>")
			.doesNotContain("<script", "<b>");
	}

	@Test
	void renderShouldKeepStatusAndLinkHomeWithContextPath() {
		ErrorContext error = error(503, "Service Unavailable", "Try again later.");
		String html = this.page.render(error, null);
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<p>Error 503</p>", "<a href=\"/shop/\">Go to the home page</a>",
					"<link rel=\"icon\" href=\"data:,\">");
	}

	@Test
	void renderShouldShowReferenceOnlyWhenThereIsOne() {
		ErrorContext error = error(500, "Internal Server Error", "Sorry.");
		assertThat(this.page.render(error, null)).doesNotContain("Reference");
		error.addReference(ErrorContext.REQUEST_ID, "0123456789abcdef");
		assertThat(this.page.render(error, null)).contains("Reference: <code>0123456789abcdef</code>");
	}

	@Test
	void renderShouldPreferEventIdOverTraceIdAsReference() {
		ErrorContext error = error(500, "Internal Server Error", "Sorry.");
		error.addReference(ErrorContext.TRACE_ID, "trace-1");
		error.addReference(ErrorContext.EVENT_ID, "event-1");
		assertThat(this.page.render(error, null)).contains("<code>event-1</code>").doesNotContain("trace-1");
	}

	@Test
	void renderWhenExceptionPresentShouldNotShowItOrItsStackTrace() {
		ErrorContext error = error(500, "Internal Server Error", "Sorry.", new IllegalStateException("secret"));
		assertThat(this.page.render(error, null)).doesNotContain("secret", "IllegalStateException", "at io.github");
	}

	@Test
	void renderWhenTitleAndDetailAreNullShouldStillRenderWholePage() {
		ErrorContext error = error(599, null, null);
		assertThat(this.page.render(error, null)).contains("<title>599 </title>")
			.contains("<h1></h1>")
			.endsWith("</html>\n");
	}

	private static ErrorContext error(int status, String title, String detail) {
		return error(status, title, detail, null);
	}

	private static ErrorContext error(int status, String title, String detail, Throwable exception) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/shop/items");
		request.setContextPath("/shop");
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, title, detail, true,
				"CODE", List.of(), Map.of(), HttpHeaders.EMPTY);
		return new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()), description, exception,
				Instant.now());
	}

}
