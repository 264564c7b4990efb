package io.github.errorstarter.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.render.ErrorFormat;
import io.github.errorstarter.render.ErrorFormatNegotiator;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.render.ProblemJsonRenderer;
import io.github.errorstarter.render.RenderedError;
import io.github.errorstarter.render.StackTraces;
import io.github.errorstarter.render.StaticErrorPage;
import io.github.errorstarter.render.TestJsonWriters;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.resolve.IncludeMessage;
import io.github.errorstarter.resolve.InvalidRequestPathException;
import io.github.errorstarter.web.ServletErrorRequest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorPipeline}.
 */
class ErrorPipelineTests {

	private final List<ErrorContext> reported = new ArrayList<>();

	private final ErrorPipeline pipeline = new ErrorPipeline(resolver(), this.reported::add, renderer());

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/7");

	@Test
	void handleWhenExceptionShouldReportThenRender() {
		RenderedError rendered = this.pipeline.handle(errorRequest(), new IllegalStateException("boom"));
		assertThat(this.reported).singleElement().satisfies((error) -> {
			assertThat(error.getStatus()).isEqualTo(500);
			assertThat(error.getPath()).isEqualTo("/orders/7");
			assertThat(error.getException()).isInstanceOf(IllegalStateException.class);
			assertThat(error.getReferences()).containsKey(ErrorContext.REQUEST_ID);
		});
		assertThat(rendered.error()).isSameAs(this.reported.get(0));
		assertThat(rendered.status()).isEqualTo(500);
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("\"instance\":\"/orders/7\"");
	}

	@Test
	void handleWhenWrappedShouldResolveAndReportTheCauseUnwrappedOnce() {
		ResponseStatusException cause = new ResponseStatusException(HttpStatus.NOT_FOUND, "nope");
		RenderedError rendered = this.pipeline.handle(errorRequest(),
				new ServletException(new CompletionException(cause)));
		assertThat(rendered.status()).isEqualTo(404);
		assertThat(this.reported).singleElement()
			.satisfies((error) -> assertThat(error.getException()).isSameAs(cause));
	}

	@Test
	void handleWhenPathDoesNotParseShouldGive400InvalidRequestPath() {
		this.request.setRequestURI("/orders;jsessionid=%zz");
		IllegalArgumentException cause = new IllegalArgumentException("Invalid encoded sequence \"%zz\"");
		RenderedError rendered = this.pipeline.handle(errorRequest(), cause);
		assertThat(rendered.status()).isEqualTo(400);
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("\"code\":\"INVALID_REQUEST_PATH\"")
			.doesNotContain("Invalid encoded sequence");
		assertThat(this.reported).singleElement().satisfies((error) -> {
			assertThat(error.getException()).isInstanceOf(InvalidRequestPathException.class).hasCause(cause);
			assertThat(error.getDescription().isServerError()).isFalse();
		});
	}

	@Test
	void handleWhenPathParsesShouldKeepTheAppsIllegalArgumentAsServerError() {
		RenderedError rendered = this.pipeline.handle(errorRequest(), new IllegalArgumentException("bad"));
		assertThat(rendered.status()).isEqualTo(500);
	}

	@Test
	void handleWhenClientDisconnectedShouldNeitherReportNorRender() {
		assertThat(this.pipeline.handle(errorRequest(), new IOException("Broken pipe"))).isNull();
		assertThat(this.reported).isEmpty();
	}

	@Test
	void handleStatusOnErrorDispatchShouldUseTheOriginalPath() {
		this.request.setRequestURI("/error");
		this.request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/admin");
		RenderedError rendered = this.pipeline.handleStatus(errorRequest(), 403, null);
		assertThat(this.reported).singleElement().satisfies((error) -> {
			assertThat(error.getPath()).isEqualTo("/admin");
			assertThat(error.getException()).isNull();
			assertThat(error.getReferences()).isEmpty();
		});
		assertThat(rendered.status()).isEqualTo(403);
	}

	@Test
	void handleShouldTakeTheTraceIdFromItsSource() {
		ErrorPipeline traced = new ErrorPipeline(resolver(), (request) -> "trace-of-" + request.getPath(),
				this.reported::add, renderer());
		RenderedError rendered = traced.handle(errorRequest(), new IllegalStateException("boom"));
		assertThat(this.reported).singleElement()
			.satisfies((error) -> assertThat(error.getReferences())
				.containsOnly(Map.entry(ErrorContext.TRACE_ID, "trace-of-/orders/7")));
		assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).contains("\"traceId\":\"trace-of-/orders/7\"");
	}

	@Test
	void handleByDefaultShouldReadTheTraceIdFromTheMdc() {
		MDC.put("traceId", "4bf92f3577b34da6");
		try {
			this.pipeline.handle(errorRequest(), new IllegalStateException("boom"));
		}
		finally {
			MDC.remove("traceId");
		}
		assertThat(this.reported).singleElement()
			.satisfies((error) -> assertThat(error.getReferences()).containsEntry(ErrorContext.TRACE_ID,
					"4bf92f3577b34da6"));
	}

	private ServletErrorRequest errorRequest() {
		return new ServletErrorRequest(this.request, new MockHttpServletResponse());
	}

	private static ErrorResolver resolver() {
		ClassLoader classLoader = ErrorPipelineTests.class.getClassLoader();
		return new ErrorResolver(ExceptionMappings.fromClassNames(Map.of(), classLoader, "errors.exceptions"),
				ExceptionMappings.ofPresent(Map.of(), classLoader), new ErrorMessages(null),
				IncludeMessage.CLIENT_ERRORS, null);
	}

	private static ErrorRenderer renderer() {
		return new ErrorRenderer(new ErrorFormatNegotiator(List.of(), ErrorFormat.JSON),
				new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false)), new StaticErrorPage());
	}

}
