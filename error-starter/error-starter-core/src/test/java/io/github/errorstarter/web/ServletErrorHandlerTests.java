package io.github.errorstarter.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.pipeline.ErrorPipeline;
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
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServletErrorHandler}.
 */
class ServletErrorHandlerTests {

	private final List<ErrorContext> reported = new ArrayList<>();

	private final ServletErrorHandler handler = new ServletErrorHandler(
			new ErrorPipeline(
					new ErrorResolver(
							ExceptionMappings.fromClassNames(Map.of(), getClass().getClassLoader(),
									"errors.exceptions"),
							ExceptionMappings.ofPresent(Map.of(), getClass().getClassLoader()), new ErrorMessages(null),
							IncludeMessage.CLIENT_ERRORS, null),
					this.reported::add,
					new ErrorRenderer(new ErrorFormatNegotiator(List.of(), ErrorFormat.JSON),
							new ProblemJsonRenderer(TestJsonWriters.jackson2(), new StackTraces(false)),
							new StaticErrorPage())));

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void handleShouldWriteTheRenderedError() throws Exception {
		this.handler.handle(this.request, this.response, new IllegalStateException("boom"));
		assertThat(this.response.getStatus()).isEqualTo(500);
		assertThat(this.response.getContentType()).isEqualTo("application/problem+json");
		assertThat(this.response.getContentAsString()).contains("\"instance\":\"/orders/7\"");
		assertThat(this.reported).singleElement()
			.satisfies((error) -> assertThat(error.getRequest().getNativeRequest(MockHttpServletRequest.class))
				.isSameAs(this.request));
	}

	@Test
	void handleStatusShouldWriteTheRenderedError() {
		this.handler.handleStatus(this.request, this.response, 403, null);
		assertThat(this.response.getStatus()).isEqualTo(403);
		assertThat(this.response.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void handleWhenClientDisconnectedShouldLeaveTheResponseAlone() {
		this.handler.handle(this.request, this.response, new IOException("Broken pipe"));
		assertThat(this.reported).isEmpty();
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentLength()).isZero();
	}

	@Test
	void handleWhenResponseIsCommittedShouldStillReport() {
		this.response.setCommitted(true);
		this.handler.handle(this.request, this.response, new IllegalStateException("boom"));
		assertThat(this.reported).hasSize(1);
		assertThat(this.response.getStatus()).isEqualTo(200);
	}

	@Test
	void handleWhenServerErrorShouldMarkObservationFailed() {
		ServerRequestObservationContext context = observationContext();
		IllegalStateException exception = new IllegalStateException("boom");
		this.handler.handle(this.request, this.response, exception);
		assertThat(context.getError()).isSameAs(exception);
	}

	@Test
	void handleWhenClientErrorShouldNotMarkObservationFailed() {
		ServerRequestObservationContext context = observationContext();
		this.handler.handle(this.request, this.response, new ResponseStatusException(HttpStatus.NOT_FOUND));
		assertThat(context.getError()).isNull();
	}

	private ServerRequestObservationContext observationContext() {
		ServerRequestObservationContext context = new ServerRequestObservationContext(this.request, this.response);
		this.request.setAttribute(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE, context);
		return context;
	}

}
