package io.github.errorstarter.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.pipeline.ErrorPipeline;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class ErrorsFilterTests {

	private final ErrorPipeline pipeline = mock(ErrorPipeline.class);

	private final ErrorsFilter filter = new ErrorsFilter(this.pipeline);

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/users/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void doFilterWhenChainThrowsShouldHandOverToPipeline() throws Exception {
		IllegalStateException exception = new IllegalStateException("boom");
		this.filter.doFilter(this.request, this.response, failingChain(exception));
		then(this.pipeline).should().handle(argThat(this::isTheRequest), eq(exception));
	}

	@Test
	void doFilterWhenChainThrowsCheckedExceptionShouldHandOverToPipeline() throws Exception {
		ServletException exception = new ServletException("wrapped", new IOException("io"));
		this.filter.doFilter(this.request, this.response, failingChain(exception));
		then(this.pipeline).should().handle(argThat(this::isTheRequest), eq(exception));
	}

	@Test
	void doFilterWhenChainSucceedsShouldLeavePipelineAlone() throws Exception {
		this.filter.doFilter(this.request, this.response, new MockFilterChain());
		then(this.pipeline).should(never()).handle(any(), any());
	}

	@Test
	void doFilterWhenChainEndsWithErrorStatusShouldTellListenersBeforeTheErrorDispatch() throws Exception {
		List<String> heard = new ArrayList<>();
		ErrorsFilter filter = new ErrorsFilter(this.pipeline, List.of((request) -> {
			throw new IllegalStateException("a failing listener is skipped");
		}, (request) -> heard.add((String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))));
		filter.doFilter(this.request, this.response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/users/{id}");
				response.sendError(500);
			}
		}));
		assertThat(heard).containsExactly("/users/{id}");
	}

	@Test
	void doFilterWhenChainSucceedsShouldNotTellListeners() throws Exception {
		List<HttpServletRequest> heard = new ArrayList<>();
		new ErrorsFilter(this.pipeline, List.of(heard::add)).doFilter(this.request, this.response,
				new MockFilterChain());
		assertThat(heard).isEmpty();
	}

	@Test
	void doFilterDuringAsyncDispatchShouldHandleToo() throws Exception {
		this.request.setDispatcherType(DispatcherType.ASYNC);
		IllegalStateException exception = new IllegalStateException("async");
		this.filter.doFilter(this.request, this.response, failingChain(exception));
		then(this.pipeline).should().handle(argThat(this::isTheRequest), eq(exception));
	}

	private boolean isTheRequest(ErrorRequest errorRequest) {
		return errorRequest.getNativeRequest(HttpServletRequest.class) == this.request;
	}

	private static MockFilterChain failingChain(Exception exception) {
		return new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response)
					throws ServletException, IOException {
				if (exception instanceof ServletException servletException) {
					throw servletException;
				}
				throw (RuntimeException) exception;
			}
		});
	}

}
