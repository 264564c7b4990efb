package io.github.errorstarter.sentry;

import io.github.errorstarter.context.TestErrorRequest;
import io.github.errorstarter.web.ServletErrorRequest;
import io.sentry.protocol.Request;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServletSentryRequestSource}.
 */
class ServletSentryRequestSourceTests {

	private final ServletSentryRequestSource source = new ServletSentryRequestSource((request) -> {
		Request sentryRequest = new Request();
		sentryRequest.setUrl(request.getRequestURL().toString());
		return sentryRequest;
	});

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/users/7");

	@Test
	void routeDuringRequestDispatchShouldBeTheHandlersPattern() {
		this.request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/users/{id}");
		assertThat(this.source.route(errorRequest())).isEqualTo("/users/{id}");
	}

	@Test
	void routeDuringErrorDispatchShouldBeTheOneKeptBeforeIt() {
		this.request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/users/{id}");
		this.source.beforeErrorDispatch(this.request);
		this.request.setDispatcherType(DispatcherType.ERROR);
		this.request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/error");
		this.source.beforeErrorDispatch(this.request);
		assertThat(this.source.route(errorRequest())).isEqualTo("/users/{id}");
	}

	@Test
	void routeWhenNoHandlerMatchedShouldBeNull() {
		this.source.beforeErrorDispatch(this.request);
		assertThat(this.source.route(errorRequest())).isNull();
		this.request.setDispatcherType(DispatcherType.ERROR);
		assertThat(this.source.route(errorRequest())).isNull();
	}

	@Test
	void eventRequestDuringRequestDispatchShouldBeLeftToSentrysScope() {
		assertThat(this.source.eventRequest(errorRequest())).isNull();
	}

	@Test
	void eventRequestDuringErrorDispatchShouldHaveTheOriginalUrl() {
		this.request.setDispatcherType(DispatcherType.ERROR);
		this.request.setRequestURI("/error");
		this.request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/users/7");
		assertThat(this.source.eventRequest(errorRequest()).getUrl()).isEqualTo("http://localhost/users/7");
	}

	@Test
	void eventRequestDuringAsyncDispatchShouldComeFromTheResolver() {
		this.request.setDispatcherType(DispatcherType.ASYNC);
		assertThat(this.source.eventRequest(errorRequest()).getUrl()).isEqualTo("http://localhost/users/7");
	}

	@Test
	void requestOfNoServletDoorShouldHaveNeitherRouteNorRequest() {
		TestErrorRequest other = new TestErrorRequest("GET", "/users/7");
		assertThat(this.source.route(other)).isNull();
		assertThat(this.source.eventRequest(other)).isNull();
	}

	private ServletErrorRequest errorRequest() {
		return new ServletErrorRequest(this.request, new MockHttpServletResponse());
	}

}
