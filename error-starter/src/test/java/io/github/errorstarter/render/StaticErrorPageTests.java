package io.github.errorstarter.render;

import io.github.errorstarter.pipeline.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StaticErrorPage}.
 */
class StaticErrorPageTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private final StaticErrorPage page = new StaticErrorPage();

	@Test
	void renderShouldShowStatusTitleAndDetail() {
		String html = render(ErrorContexts.context("/shop", ErrorContexts.description(404, "Not Found", "Gone.")));
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<title>404 Not Found</title>")
			.contains("<h1>Not Found</h1>")
			.contains("<p>Gone.</p>");
	}

	@Test
	void renderWhenValuesHoldScriptShouldEscapeThem() {
		ErrorContext error = ErrorContexts.context("/shop", ErrorContexts.description(400, SCRIPT, SCRIPT));
		error.addReference(ErrorContext.TRACE_ID, SCRIPT);
		String html = render(error);
		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	}

	@Test
	void renderWhenEventIdPresentShouldShowItAsReference() {
		ErrorContext error = ErrorContexts.context("/", ErrorContexts.description(500, "Server Error", "Sorry."));
		error.addReference(ErrorContext.TRACE_ID, "trace-1");
		error.addReference(ErrorContext.EVENT_ID, "event-1");
		assertThat(render(error)).contains("<code>event-1</code>").doesNotContain("trace-1");
	}

	@Test
	void renderWhenOnlyTraceIdPresentShouldShowIt() {
		ErrorContext error = ErrorContexts.context("/", ErrorContexts.description(500, "Server Error", "Sorry."));
		error.addReference(ErrorContext.TRACE_ID, "trace-1");
		assertThat(render(error)).contains("<code>trace-1</code>");
	}

	@Test
	void renderWhenExceptionPresentShouldNotShowItsStackTrace() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		ErrorDescription description = ErrorContexts.description(500, "Server Error", "Sorry.");
		String html = render(ErrorContexts.context(request, description, new IllegalStateException("secret")));
		assertThat(html).doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("at io.");
	}

	@Test
	void renderWhenValuesAreNullShouldStillRender() {
		String html = render(ErrorContexts.context("/", ErrorContexts.description(599, null, null)));
		assertThat(html).contains("<title>599 </title>").contains("<h1></h1>").endsWith("</html>\n");
	}

	private String render(ErrorContext error) {
		return this.page.render(error, null, new MockHttpServletResponse());
	}

}
