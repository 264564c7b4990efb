package io.github.errorstarter.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServletErrorRequest}.
 */
class ServletErrorRequestTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/shop/orders/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void shouldGiveTheRequestFactsWithoutTheContextPath() {
		this.request.setContextPath("/shop");
		this.request.addHeader("Accept", "text/html");
		this.request.setAttribute("tenant", "acme");
		ServletErrorRequest errorRequest = new ServletErrorRequest(this.request, this.response);
		assertThat(errorRequest.getMethod()).isEqualTo("POST");
		assertThat(errorRequest.getPath()).isEqualTo("/orders/7");
		assertThat(errorRequest.getContextPath()).isEqualTo("/shop");
		assertThat(errorRequest.getHeader("accept")).isEqualTo("text/html");
		assertThat(errorRequest.getHeader("X-Missing")).isNull();
		assertThat(errorRequest.getAttribute("tenant")).isEqualTo("acme");
	}

	@Test
	void pathDuringErrorDispatchShouldBeTheOriginalRequests() {
		this.request.setContextPath("/shop");
		this.request.setRequestURI("/shop/error");
		this.request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/shop/admin%20area");
		assertThat(new ServletErrorRequest(this.request, this.response).getPath()).isEqualTo("/admin%20area");
	}

	@Test
	void pathOfTheContextRootShouldBeSlash() {
		this.request.setContextPath("/shop");
		this.request.setRequestURI("/shop");
		assertThat(new ServletErrorRequest(this.request, this.response).getPath()).isEqualTo("/");
	}

	@Test
	void localeShouldComeFromTheApplicationsLocaleResolver() {
		this.request.addPreferredLocale(Locale.FRENCH);
		assertThat(new ServletErrorRequest(this.request, this.response).getLocale()).isEqualTo(Locale.FRENCH);
		this.request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(Locale.GERMAN));
		assertThat(new ServletErrorRequest(this.request, this.response).getLocale()).isEqualTo(Locale.GERMAN);
	}

	@Test
	void nativeRequestAndResponseShouldBeReachableThroughWrappers() {
		HttpServletRequestWrapper wrapper = new HttpServletRequestWrapper(this.request);
		ServletErrorRequest errorRequest = new ServletErrorRequest(wrapper, this.response);
		assertThat(errorRequest.getNativeRequest(HttpServletRequest.class)).isSameAs(wrapper);
		assertThat(errorRequest.getNativeRequest(MockHttpServletRequest.class)).isSameAs(this.request);
		assertThat(errorRequest.getNativeRequest(ServletRequest.class)).isSameAs(wrapper);
		assertThat(errorRequest.getNativeRequest(String.class)).isNull();
		assertThat(errorRequest.getNativeResponse(HttpServletResponse.class)).isSameAs(this.response);
	}

}
