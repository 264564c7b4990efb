package io.github.errorstarter.sentry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.context.TestErrorRequest;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.web.ServletErrorRequest;
import io.sentry.SentryEvent;
import io.sentry.SentryExceptionFactory;
import io.sentry.SentryOptions;
import io.sentry.SentryStackTraceFactory;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class SentryEventFactoryTests {

	private final ServletSentryRequestSource requests = new ServletSentryRequestSource((request) -> {
		Request sentryRequest = new Request();
		sentryRequest.setUrl(request.getRequestURL().toString());
		sentryRequest.setMethod(request.getMethod());
		return sentryRequest;
	});

	private final SentryEventFactory factory = new SentryEventFactory(this.requests);

	@Test
	void createShouldKeepOriginalExceptionAsUnhandled() {
		IllegalStateException exception = new IllegalStateException("boom");
		SentryEvent event = this.factory.create(error(requestDispatch(), 500, exception));
		assertThat(event.getThrowable()).isSameAs(exception);
		SentryException sentryException = new SentryExceptionFactory(new SentryStackTraceFactory(new SentryOptions()))
			.getSentryExceptions(event.getThrowableMechanism())
			.get(0);
		assertThat(sentryException.getMechanism().isHandled()).isFalse();
		assertThat(sentryException.getMechanism().getType()).isEqualTo(SentryEventFactory.MECHANISM_TYPE);
	}

	@Test
	void createShouldSetStatusRouteAndLevel() {
		SentryEvent event = this.factory.create(error(requestDispatch(), 502, new IllegalStateException()));
		assertThat(event.getTag("http.status_code")).isEqualTo("502");
		assertThat(event.getContexts().getResponse().getStatusCode()).isEqualTo(502);
		assertThat(event.getTransaction()).isEqualTo("GET /users/{id}");
		assertThat(event.getLevel()).hasToString("ERROR");
	}

	@Test
	void createDuringRequestDispatchShouldLeaveRequestToSentryScope() {
		SentryEvent event = this.factory.create(error(requestDispatch(), 500, new IllegalStateException()));
		assertThat(event.getRequest()).isNull();
	}

	@Test
	void createDuringErrorDispatchShouldUseOriginalUrlAndRememberedRoute() {
		MockHttpServletRequest request = requestDispatch();
		this.requests.beforeErrorDispatch(request);
		request.setDispatcherType(DispatcherType.ERROR);
		request.setRequestURI("/error");
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/users/7");
		SentryEvent event = this.factory.create(error(request, 500, null));
		assertThat(event.getRequest().getUrl()).isEqualTo("http://localhost/users/7");
		assertThat(event.getTransaction()).isEqualTo("GET /users/{id}");
		assertThat(event.getMessage().getFormatted()).isEqualTo("HTTP 500 INTERNAL_SERVER_ERROR");
	}

	@Test
	void createDuringErrorDispatchWithoutRememberedRouteShouldHaveNoTransaction() {
		MockHttpServletRequest request = requestDispatch();
		request.setDispatcherType(DispatcherType.ERROR);
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/error");
		SentryEvent event = this.factory.create(error(request, 500, null));
		assertThat(event.getTransaction()).isNull();
	}

	@Test
	void createForRequestOfNoServletDoorShouldHaveNeitherRouteNorRequest() {
		ErrorDescription description = new ErrorDescription(500, ErrorDescription.BLANK_TYPE, "Title", null, false,
				"INTERNAL_SERVER_ERROR", List.of(), Map.of(), new HttpHeaders());
		SentryEvent event = this.factory.create(new ErrorContext(new TestErrorRequest("GET", "/users/7"), description,
				new IllegalStateException(), Instant.now()));
		assertThat(event.getTransaction()).isNull();
		assertThat(event.getRequest()).isNull();
		assertThat(event.getTag(SentryEventFactory.STATUS_TAG)).isEqualTo("500");
	}

	private static MockHttpServletRequest requestDispatch() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/users/7");
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/users/{id}");
		return request;
	}

	private static ErrorContext error(MockHttpServletRequest request, int status, Throwable exception) {
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, "Title", null, false,
				(status == 500) ? "INTERNAL_SERVER_ERROR" : "BAD_GATEWAY", List.of(), Map.of(), new HttpHeaders());
		return new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()), description, exception,
				Instant.now());
	}

}
