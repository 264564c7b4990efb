package io.github.errorstarter.render;

import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.testsupport.CapturedLogs;
import io.github.errorstarter.testsupport.LogCaptureExtension;
import jakarta.servlet.ServletOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorRenderer}.
 */
@ExtendWith(LogCaptureExtension.class)
class ErrorRendererTests {

	private final ErrorRenderer renderer = new ErrorRenderer(
			new ErrorFormatNegotiator(List.of(PathRule.of("/api/**", ErrorFormat.JSON, null)), ErrorFormat.JSON),
			new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false)), new StaticErrorPage());

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void renderWhenNoAcceptShouldWriteProblemJson() throws Exception {
		render(request("GET", "/orders/7", null), ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(this.response.getStatus()).isEqualTo(404);
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentAsString()).contains("\"status\":404")
			.contains("\"instance\":\"/orders/7\"");
		assertThat(this.response.getContentLength()).isEqualTo(this.response.getContentAsByteArray().length);
	}

	@Test
	void renderWhenBrowserShouldWritePage() throws Exception {
		render(request("GET", "/shop", "text/html"), ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(this.response.getStatus()).isEqualTo(404);
		assertThat(this.response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(this.response.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>Not Found</h1>");
	}

	@Test
	void renderWhenPathRuleFixesJsonShouldWriteProblemJsonToBrowser() throws Exception {
		render(request("GET", "/api/orders", "text/html"), ErrorContexts.description(404, "Not Found", "Gone."));
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
	}

	@Test
	void renderShouldForbidCaching() throws Exception {
		render(request("GET", "/", null), ErrorContexts.description(500, "Server Error", "Sorry."));
		assertThat(this.response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
	}

	@Test
	void renderWhenErrorCarriesHeadersShouldWriteAllOfThem() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setAllow(Set.of(HttpMethod.GET));
		headers.add("WWW-Authenticate", "Basic realm=\"shop\"");
		headers.add("WWW-Authenticate", "Bearer");
		ErrorDescription description = ErrorContexts.description(405, "Method Not Allowed", "No.", List.of(), Map.of(),
				headers);
		render(request("DELETE", "/orders", null), description);
		assertThat(this.response.getHeader(HttpHeaders.ALLOW)).isEqualTo("GET");
		assertThat(this.response.getHeaders("WWW-Authenticate")).containsExactly("Basic realm=\"shop\"", "Bearer");
	}

	@Test
	void renderWhenErrorCarriesHeaderAlreadySetShouldReplaceIt() throws Exception {
		this.response.setHeader("Retry-After", "999");
		HttpHeaders headers = new HttpHeaders();
		headers.set("Retry-After", "30");
		render(request("GET", "/", null),
				ErrorContexts.description(503, "Service Unavailable", "Later.", List.of(), Map.of(), headers));
		assertThat(this.response.getHeaders("Retry-After")).containsExactly("30");
	}

	@Test
	void renderWhenHeadShouldWriteNoBodyButItsLengthAndType() throws Exception {
		ErrorDescription description = ErrorContexts.description(404, "Not Found", "Gone.");
		MockHttpServletResponse getResponse = new MockHttpServletResponse();
		this.renderer.render(ErrorContexts.context(request("GET", "/orders/7", null), description, null), getResponse);
		render(request("HEAD", "/orders/7", null), description);
		assertThat(this.response.getStatus()).isEqualTo(404);
		assertThat(this.response.getContentAsByteArray()).isEmpty();
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentLength()).isEqualTo(getResponse.getContentAsByteArray().length).isPositive();
	}

	@Test
	void renderWhenResponseHasBufferedContentShouldDropIt() throws Exception {
		this.response.getOutputStream().write("half a page".getBytes(StandardCharsets.UTF_8));
		render(request("GET", "/", null), ErrorContexts.description(500, "Server Error", "Sorry."));
		assertThat(this.response.getContentAsString()).doesNotContain("half a page").startsWith("{");
	}

	@Test
	void renderWhenResponseIsCommittedShouldLeaveItAloneAndLog(CapturedLogs output) throws Exception {
		this.response.setStatus(200);
		this.response.getOutputStream().write("already sent".getBytes(StandardCharsets.UTF_8));
		this.response.setCommitted(true);
		render(request("GET", "/report", null), ErrorContexts.description(500, "Server Error", "Sorry."));
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsString()).isEqualTo("already sent");
		assertThat(this.response.getHeader(HttpHeaders.CACHE_CONTROL)).isNull();
		assertThat(output).contains("Cannot render error 500 for GET /report: the response is already committed");
	}

	@Test
	void renderWhenHandlerUsedWriterShouldResetItButKeepHeadersNotAboutTheBody() throws Exception {
		WriterOnlyResponse response = new WriterOnlyResponse();
		response.setHeader("Access-Control-Allow-Origin", "https://shop.example");
		response.setHeader("Content-Disposition", "attachment; filename=report.csv");
		response.getWriter().write("half a report");
		ErrorDescription description = ErrorContexts.description(500, "Server Error", "Désolé, réessayez.");
		this.renderer.render(ErrorContexts.context(request("GET", "/report", null), description, null), response);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).startsWith("{").contains("Désolé").doesNotContain("half a report");
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
		assertThat(response.getHeader("Content-Disposition")).isNull();
	}

	private void render(MockHttpServletRequest request, ErrorDescription description) throws Exception {
		ErrorContext error = ErrorContexts.context(request, description, null);
		this.renderer.render(error, this.response);
	}

	private static MockHttpServletRequest request(String method, String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (accept != null) {
			request.addHeader(HttpHeaders.ACCEPT, accept);
		}
		return request;
	}

	/**
	 * Enforces the servlet rules that Tomcat enforces too: once {@code getWriter()} was
	 * called, {@code getOutputStream()} fails and the character encoding no longer
	 * changes; {@code resetBuffer()} does not lift that, {@code reset()} does.
	 */
	static class WriterOnlyResponse extends MockHttpServletResponse {

		private String writerEncoding;

		@Override
		public PrintWriter getWriter() throws UnsupportedEncodingException {
			if (this.writerEncoding == null) {
				this.writerEncoding = super.getCharacterEncoding();
			}
			return super.getWriter();
		}

		@Override
		public String getCharacterEncoding() {
			return (this.writerEncoding != null) ? this.writerEncoding : super.getCharacterEncoding();
		}

		@Override
		public void reset() {
			super.reset();
			this.writerEncoding = null;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.writerEncoding != null) {
				throw new IllegalStateException("getWriter() has already been called for this response");
			}
			return super.getOutputStream();
		}

	}

}
