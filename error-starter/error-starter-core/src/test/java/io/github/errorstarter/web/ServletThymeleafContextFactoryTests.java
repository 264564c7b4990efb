package io.github.errorstarter.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.context.ErrorRequest;
import io.github.errorstarter.context.TestErrorRequest;
import io.github.errorstarter.resolve.ErrorDescription;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServletThymeleafContextFactory}.
 */
class ServletThymeleafContextFactoryTests {

	private final ServletThymeleafContextFactory factory = new ServletThymeleafContextFactory();

	@Test
	void createContextShouldLetLinksCarryTheContextPath() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/shop/items");
		request.setContextPath("/shop");
		ErrorContext error = error(new ServletErrorRequest(request, new MockHttpServletResponse()));
		IContext context = this.factory.createContext(error, Locale.GERMAN, Map.of("status", 404));
		assertThat(context).isInstanceOf(IWebContext.class);
		assertThat(context.getLocale()).isEqualTo(Locale.GERMAN);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		assertThat(engine.process("<a th:href=\"@{/}\" th:text=\"${status}\"></a>", context))
			.isEqualTo("<a href=\"/shop/\">404</a>");
	}

	@Test
	void createContextWithoutServletRequestShouldGivePlainContext() {
		ErrorContext error = error(new TestErrorRequest("GET", "/items"));
		IContext context = this.factory.createContext(error, Locale.ENGLISH, Map.of("status", 404));
		assertThat(context).isNotInstanceOf(IWebContext.class);
		assertThat(context.getVariable("status")).isEqualTo(404);
	}

	private static ErrorContext error(ErrorRequest request) {
		ErrorDescription description = new ErrorDescription(404, ErrorDescription.BLANK_TYPE, "Not Found", "Gone.",
				true, "NOT_FOUND", List.of(), Map.of(), HttpHeaders.EMPTY);
		return new ErrorContext(request, description, null, Instant.now());
	}

}
