package io.github.errorstarter.web;

import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.render.RenderedError;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.testsupport.CapturedLogs;
import io.github.errorstarter.testsupport.LogCaptureExtension;
import jakarta.servlet.ServletOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServletErrorResponseWriter}.
 */
@ExtendWith(LogCaptureExtension.class)
class ServletErrorResponseWriterTests {

	private static final byte[] BODY = "{\"status\":500,\"detail\":\"Désolé\"}".getBytes(StandardCharsets.UTF_8);

	private final ServletErrorResponseWriter writer = new ServletErrorResponseWriter();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void writeShouldSetStatusHeadersTypeLengthAndBody() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setCacheControl("no-store");
		headers.add("WWW-Authenticate", "Basic realm=\"shop\"");
		headers.add("WWW-Authenticate", "Bearer");
		this.writer.write(rendered(401, headers, true), this.response);
		assertThat(this.response.getStatus()).isEqualTo(401);
		assertThat(this.response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(this.response.getHeaders("WWW-Authenticate")).containsExactly("Basic realm=\"shop\"", "Bearer");
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentAsByteArray()).isEqualTo(BODY);
		assertThat(this.response.getContentLength()).isEqualTo(BODY.length);
	}

	@Test
	void writeWhenHeaderAlreadySetShouldReplaceIt() throws Exception {
		this.response.setHeader("Retry-After", "999");
		HttpHeaders headers = new HttpHeaders();
		headers.set("Retry-After", "30");
		this.writer.write(rendered(503, headers, true), this.response);
		assertThat(this.response.getHeaders("Retry-After")).containsExactly("30");
	}

	@Test
	void writeWhenResponseAlreadyVariesShouldAddAccept() throws Exception {
		this.response.addHeader(HttpHeaders.VARY, "Origin");
		this.response.addHeader(HttpHeaders.VARY, "Access-Control-Request-Method, Access-Control-Request-Headers");
		HttpHeaders headers = new HttpHeaders();
		headers.setVary(List.of(HttpHeaders.ACCEPT));
		this.writer.write(rendered(404, headers, true), this.response);
		assertThat(this.response.getHeaders(HttpHeaders.VARY)).containsExactly("Origin",
				"Access-Control-Request-Method, Access-Control-Request-Headers", "Accept");
	}

	@Test
	void writeWhenResponseAlreadyVariesOnAcceptShouldNotRepeatIt() throws Exception {
		this.response.addHeader(HttpHeaders.VARY, "Origin, accept");
		HttpHeaders headers = new HttpHeaders();
		headers.setVary(List.of(HttpHeaders.ACCEPT));
		this.writer.write(rendered(404, headers, true), this.response);
		assertThat(this.response.getHeaders(HttpHeaders.VARY)).containsExactly("Origin, accept");
	}

	@Test
	void writeWhenBodyIsNotSentShouldWriteItsLengthAndTypeOnly() throws Exception {
		this.writer.write(rendered(404, new HttpHeaders(), false), this.response);
		assertThat(this.response.getStatus()).isEqualTo(404);
		assertThat(this.response.getContentAsByteArray()).isEmpty();
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentLength()).isEqualTo(BODY.length);
	}

	@Test
	void writeWhenResponseHasBufferedContentShouldDropIt() throws Exception {
		this.response.getOutputStream().write("half a page".getBytes(StandardCharsets.UTF_8));
		this.writer.write(rendered(500, new HttpHeaders(), true), this.response);
		assertThat(this.response.getContentAsString()).doesNotContain("half a page").startsWith("{");
	}

	@Test
	void writeWhenResponseIsCommittedShouldLeaveItAloneAndLog(CapturedLogs output) throws Exception {
		this.response.setStatus(200);
		this.response.getOutputStream().write("already sent".getBytes(StandardCharsets.UTF_8));
		this.response.setCommitted(true);
		HttpHeaders headers = new HttpHeaders();
		headers.setCacheControl("no-store");
		this.writer.write(rendered(500, headers, true), this.response);
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsString()).isEqualTo("already sent");
		assertThat(this.response.getHeader(HttpHeaders.CACHE_CONTROL)).isNull();
		assertThat(output).contains("Cannot render error 500 for GET /report: the response is already committed");
	}

	@Test
	void writeWhenHandlerUsedWriterShouldResetItButKeepHeadersNotAboutTheBody() throws Exception {
		WriterOnlyResponse response = new WriterOnlyResponse();
		response.setHeader("Access-Control-Allow-Origin", "https://shop.example");
		response.setHeader("Content-Disposition", "attachment; filename=report.csv");
		response.getWriter().write("half a report");
		this.writer.write(rendered(500, new HttpHeaders(), true), response);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("{")
			.contains("Désolé")
			.doesNotContain("half a report");
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
		assertThat(response.getHeader("Content-Disposition")).isNull();
	}

	private static RenderedError rendered(int status, HttpHeaders headers, boolean sendBody) {
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, "Title", "Detail",
				true, "CODE", List.of(), Map.of(), HttpHeaders.EMPTY);
		ServletErrorRequest request = new ServletErrorRequest(new MockHttpServletRequest("GET", "/report"),
				new MockHttpServletResponse());
		ErrorContext error = new ErrorContext(request, description, null, Instant.now());
		return new RenderedError(error, headers, MediaType.APPLICATION_PROBLEM_JSON, BODY, sendBody);
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
