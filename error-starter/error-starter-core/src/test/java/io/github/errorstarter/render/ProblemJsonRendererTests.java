package io.github.errorstarter.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ValidationError;
import io.github.errorstarter.testsupport.CapturedLogs;
import io.github.errorstarter.testsupport.LogCaptureExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemJsonRenderer}.
 */
@ExtendWith(LogCaptureExtension.class)
class ProblemJsonRendererTests {

	private final ObjectMapper reader = new ObjectMapper();

	private final ProblemJsonRenderer renderer = new ProblemJsonRenderer(TestJsonWriters.jackson2(),
			new StackTraces(false));

	@Test
	void renderShouldWriteProblemMembers() throws Exception {
		ErrorDescription description = new ErrorDescription(404, URI.create("https://example.com/probs/not-found"),
				"Not Found", "Order 7 was not found.", true, "ORDER_NOT_FOUND", List.of(), Map.of(), HttpHeaders.EMPTY);
		JsonNode body = this.reader.readTree(this.renderer.render(ErrorContexts.context("/orders/7", description)));
		assertThat(body.get("type").asText()).isEqualTo("https://example.com/probs/not-found");
		assertThat(body.get("title").asText()).isEqualTo("Not Found");
		assertThat(body.get("status").asInt()).isEqualTo(404);
		assertThat(body.get("detail").asText()).isEqualTo("Order 7 was not found.");
		assertThat(body.get("instance").asText()).isEqualTo("/orders/7");
		assertThat(body.get("code").asText()).isEqualTo("ORDER_NOT_FOUND");
		assertThat(body.has("errors")).isFalse();
		assertThat(body.has("stackTrace")).isFalse();
	}

	@Test
	void renderWhenStatusHasNoConstantShouldWriteIt() throws Exception {
		JsonNode body = render(ErrorContexts.context("/", ErrorContexts.description(599, "Server Error", "Sorry.")));
		assertThat(body.get("status").asInt()).isEqualTo(599);
	}

	@Test
	void renderWhenPathDoesNotParseAsUriShouldEncodeInstance() throws Exception {
		JsonNode body = render(
				ErrorContexts.context("/broken%zz path", ErrorContexts.description(400, "Bad Request", "Bad.")));
		assertThat(body.get("instance").asText()).isEqualTo("/broken%25zz%20path");
	}

	@Test
	void renderWhenValidationErrorsShouldListThemWithoutNullMembers() throws Exception {
		ErrorDescription description = ErrorContexts.description(400, "Bad Request", "Invalid request content.",
				List.of(ValidationError.forField("email", "must be an email", "Email"),
						ValidationError.global("dates are reversed", null)),
				Map.of(), HttpHeaders.EMPTY);
		JsonNode errors = render(ErrorContexts.context("/orders", description)).get("errors");
		assertThat(errors).hasSize(2);
		assertThat(this.reader.convertValue(errors.get(0), Map.class)).containsExactly(Map.entry("field", "email"),
				Map.entry("pointer", "#/email"), Map.entry("message", "must be an email"), Map.entry("code", "Email"));
		assertThat(this.reader.convertValue(errors.get(1), Map.class))
			.containsExactly(Map.entry("message", "dates are reversed"));
	}

	@Test
	void renderWhenReferencesAddedShouldWriteThem() throws Exception {
		ErrorContext error = ErrorContexts.context("/", ErrorContexts.description(500, "Server Error", "Sorry."));
		error.addReference(ErrorContext.TRACE_ID, "4bf92f3577b34da6");
		error.addReference(ErrorContext.EVENT_ID, "0123456789abcdef");
		JsonNode body = render(error);
		assertThat(body.get("traceId").asText()).isEqualTo("4bf92f3577b34da6");
		assertThat(body.get("eventId").asText()).isEqualTo("0123456789abcdef");
	}

	@Test
	void renderWhenMapperLacksProblemDetailMixinShouldFlattenProperties() throws Exception {
		ErrorDescription description = ErrorContexts.description(403, "Forbidden", "No credit.", List.of(),
				Map.of("balance", 30, "accounts", List.of("/a/1")), HttpHeaders.EMPTY);
		JsonNode body = render(ErrorContexts.context("/buy", description));
		assertThat(body.has("properties")).isFalse();
		assertThat(body.get("balance").asInt()).isEqualTo(30);
		assertThat(body.get("accounts").get(0).asText()).isEqualTo("/a/1");
	}

	@Test
	void renderWhenMapperHasProblemDetailMixinShouldFlattenProperties() throws Exception {
		ProblemJsonRenderer renderer = new ProblemJsonRenderer(
				TestJsonWriters.jackson2(Jackson2ObjectMapperBuilder.json().build()), new StackTraces(false));
		ErrorDescription description = ErrorContexts.description(403, "Forbidden", "No credit.", List.of(),
				Map.of("balance", 30), HttpHeaders.EMPTY);
		JsonNode body = this.reader.readTree(renderer.render(ErrorContexts.context("/buy", description)));
		assertThat(body.has("properties")).isFalse();
		assertThat(body.get("balance").asInt()).isEqualTo(30);
	}

	@Test
	void renderWhenPropertyIsNamedCodeShouldKeepStarterCode() throws Exception {
		ErrorDescription description = ErrorContexts.description(409, "Conflict", "Taken.", List.of(),
				Map.of("code", "SPOOFED"), HttpHeaders.EMPTY);
		assertThat(render(ErrorContexts.context("/", description)).get("code").asText()).isEqualTo("SOME_CODE");
	}

	@Test
	void renderShouldUseApplicationObjectMapper() {
		ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ProblemJsonRenderer renderer = new ProblemJsonRenderer(TestJsonWriters.jackson2(indenting),
				new StackTraces(false));
		byte[] rendered = renderer
			.render(ErrorContexts.context("/", ErrorContexts.description(404, "Not Found", "Gone.")));
		assertThat(new String(rendered, StandardCharsets.UTF_8)).contains("\n  \"status\" : 404");
	}

	@Test
	void renderWhenStackTracesSwitchedOffShouldOmitThem() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		ErrorContext error = ErrorContexts.context(request, ErrorContexts.description(500, "Server Error", "Sorry."),
				new IllegalStateException("boom"));
		JsonNode body = render(error);
		assertThat(body.has("stackTrace")).isFalse();
		assertThat(body.toString()).doesNotContain("boom").doesNotContain("IllegalStateException");
	}

	@Test
	void renderWhenStackTracesSwitchedOnShouldIncludeThem() throws Exception {
		ProblemJsonRenderer renderer = new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(true));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		ErrorContext error = ErrorContexts.context(request, ErrorContexts.description(500, "Server Error", "Sorry."),
				new IllegalStateException("boom"));
		JsonNode body = this.reader.readTree(renderer.render(error));
		assertThat(body.get("stackTrace").asText()).startsWith("java.lang.IllegalStateException: boom")
			.contains("at io.github.errorstarter.render.ProblemJsonRendererTests");
	}

	@Test
	void renderShouldApplyCustomizersInOrderAfterTheStartersMembers() throws Exception {
		ProblemDetailCustomizer tenant = (problem, error) -> problem.setProperty("tenant",
				error.getRequest().getHeader("X-Tenant"));
		ProblemDetailCustomizer sees = (problem, error) -> problem.setProperty("sawCode",
				problem.getProperties().get("code") + "/" + problem.getProperties().get("tenant"));
		ProblemJsonRenderer renderer = new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false),
				List.of(tenant, sees));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
		request.addHeader("X-Tenant", "acme");
		JsonNode body = this.reader.readTree(renderer
			.render(ErrorContexts.context(request, ErrorContexts.description(404, "Not Found", "Gone."), null)));
		assertThat(body.get("tenant").asText()).isEqualTo("acme");
		assertThat(body.get("sawCode").asText()).isEqualTo("SOME_CODE/acme");
		assertThat(body.get("status").asInt()).isEqualTo(404);
	}

	@Test
	void renderWhenCustomizerFailsShouldWriteTheBodyWithoutItAndLog(CapturedLogs output) throws Exception {
		ProblemJsonRenderer renderer = new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false),
				List.of((problem, error) -> {
					throw new IllegalStateException("broken customizer");
				}, (problem, error) -> problem.setProperty("after", true)));
		JsonNode body = this.reader.readTree(
				renderer.render(ErrorContexts.context("/", ErrorContexts.description(404, "Not Found", "Gone."))));
		assertThat(body.get("status").asInt()).isEqualTo(404);
		assertThat(body.get("after").asBoolean()).isTrue();
		assertThat(output).contains("Problem detail customizer").contains("broken customizer");
	}

	@Test
	void renderWhenMemberCannotBeWrittenShouldWriteTheBodyWithoutExtensionsButWithCodeAndReferences(CapturedLogs output)
			throws Exception {
		ProblemJsonRenderer renderer = new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false),
				List.of((problem, error) -> problem.setProperty("unwritable", new Object())));
		ErrorContext error = ErrorContexts.context("/orders", ErrorContexts.description(500, "Server Error", "Sorry."));
		error.addReference(ErrorContext.REQUEST_ID, "0123456789abcdef");
		JsonNode body = this.reader.readTree(renderer.render(error));
		assertThat(body.has("unwritable")).isFalse();
		assertThat(body.get("code").asText()).isEqualTo("SOME_CODE");
		assertThat(body.get("requestId").asText()).isEqualTo("0123456789abcdef");
		assertThat(body.get("instance").asText()).isEqualTo("/orders");
		assertThat(output).containsOnlyOnce("Could not write the problem body of SOME_CODE 500");
	}

	private JsonNode render(ErrorContext error) throws Exception {
		return this.reader.readTree(this.renderer.render(error));
	}

}
