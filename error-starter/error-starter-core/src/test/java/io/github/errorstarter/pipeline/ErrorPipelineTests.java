package io.github.errorstarter.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.render.ErrorFormat;
import io.github.errorstarter.render.ErrorFormatNegotiator;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.render.ProblemJsonRenderer;
import io.github.errorstarter.render.StackTraces;
import io.github.errorstarter.render.StaticErrorPage;
import io.github.errorstarter.render.TestJsonWriters;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.resolve.IncludeMessage;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorPipeline}.
 */
class ErrorPipelineTests {

	private final List<ErrorContext> reported = new ArrayList<>();

	private final ErrorPipeline pipeline = new ErrorPipeline(
			new ErrorResolver(
					ExceptionMappings.fromClassNames(Map.of(), getClass().getClassLoader(), "errors.exceptions"),
					ExceptionMappings.ofPresent(Map.of(), getClass().getClassLoader()), new ErrorMessages(null),
					IncludeMessage.CLIENT_ERRORS, null),
			this.reported::add,
			new ErrorRenderer(new ErrorFormatNegotiator(List.of(), ErrorFormat.JSON),
					new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false)),
					new StaticErrorPage()));

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void handleWhenExceptionShouldReportThenRender() throws Exception {
		this.pipeline.handle(this.request, this.response, new IllegalStateException("boom"));
		assertThat(this.reported).singleElement().satisfies((error) -> {
			assertThat(error.getStatus()).isEqualTo(500);
			assertThat(error.getPath()).isEqualTo("/orders/7");
			assertThat(error.getException()).isInstanceOf(IllegalStateException.class);
		});
		assertThat(this.response.getStatus()).isEqualTo(500);
		assertThat(this.response.getContentAsString()).contains("\"instance\":\"/orders/7\"");
	}

	@Test
	void handleWhenClientDisconnectedShouldNeitherReportNorRender() {
		this.pipeline.handle(this.request, this.response, new IOException("Broken pipe"));
		assertThat(this.reported).isEmpty();
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentLength()).isZero();
	}

	@Test
	void handleWhenServerErrorShouldMarkObservationFailed() {
		ServerRequestObservationContext context = new ServerRequestObservationContext(this.request, this.response);
		this.request.setAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
		IllegalStateException exception = new IllegalStateException("boom");
		this.pipeline.handle(this.request, this.response, exception);
		assertThat(context.getError()).isSameAs(exception);
	}

	@Test
	void handleWhenClientErrorShouldNotMarkObservationFailed() {
		ServerRequestObservationContext context = new ServerRequestObservationContext(this.request, this.response);
		this.request.setAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
		this.pipeline.handle(this.request, this.response, new ResponseStatusException(HttpStatus.NOT_FOUND));
		assertThat(context.getError()).isNull();
	}

	@Test
	void handleStatusOnErrorDispatchShouldUseTheOriginalPath() {
		this.request.setRequestURI("/error");
		this.request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/admin");
		this.pipeline.handleStatus(this.request, this.response, 403, null);
		assertThat(this.reported).singleElement().satisfies((error) -> {
			assertThat(error.getPath()).isEqualTo("/admin");
			assertThat(error.getException()).isNull();
		});
		assertThat(this.response.getStatus()).isEqualTo(403);
	}

}
