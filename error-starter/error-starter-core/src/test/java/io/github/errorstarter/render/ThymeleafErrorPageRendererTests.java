package io.github.errorstarter.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.testsupport.CapturedLogs;
import io.github.errorstarter.testsupport.LogCaptureExtension;
import io.github.errorstarter.web.ServletErrorRequest;
import io.github.errorstarter.web.ServletThymeleafContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

/**
 * Tests for {@link ThymeleafErrorPageRenderer}: which template it asks for, and what it
 * does when that template fails. Rendering for real is in
 * {@link ThymeleafErrorPageRendererIntegrationTests}.
 */
@ExtendWith(LogCaptureExtension.class)
class ThymeleafErrorPageRendererTests {

	private final ITemplateEngine engine = mock(ITemplateEngine.class);

	private final ErrorPageRenderer fallback = (error, rule) -> "static " + error.getStatus();

	private final ThymeleafContextFactory contexts = new ServletThymeleafContextFactory();

	@Test
	void renderShouldProcessTheLocatedTemplate() {
		given(this.engine.process(eq("blog/error/4xx"), any(IContext.class))).willReturn("blog page");
		String page = renderer(false).render(error(404), PathRule.of("/blog/**", null, "blog"));
		assertThat(page).isEqualTo("blog page");
	}

	@Test
	void renderWhenTemplateFailsWhileCachedShouldNotTryItAgain(CapturedLogs output) {
		given(this.engine.process(eq("error/4xx"), any(IContext.class)))
			.willThrow(new TemplateProcessingException("Broken"));
		ThymeleafErrorPageRenderer renderer = renderer(false);
		assertThat(renderer.render(error(404), null)).isEqualTo("static 404");
		assertThat(renderer.render(error(400), null)).isEqualTo("static 400");
		then(this.engine).should(times(1)).process(eq("error/4xx"), any(IContext.class));
		assertThat(output).containsOnlyOnce("Error page template 'error/4xx' failed to render")
			.contains("until the application restarts");
	}

	@Test
	void renderWhenTemplateFailsInDevelopmentShouldTryItAgain(CapturedLogs output) {
		given(this.engine.process(eq("error/4xx"), any(IContext.class)))
			.willThrow(new TemplateProcessingException("Broken"))
			.willReturn("fixed page");
		ThymeleafErrorPageRenderer renderer = renderer(true);
		assertThat(renderer.render(error(404), null)).isEqualTo("static 404");
		assertThat(renderer.render(error(404), null)).isEqualTo("fixed page");
		assertThat(output).containsOnlyOnce("Error page template 'error/4xx' failed to render");
	}

	@Test
	void renderShouldLookUpPageTextsOnlyWhenTheTemplateShowsThem() {
		List<String> asked = new ArrayList<>();
		StaticMessageSource messageSource = new StaticMessageSource() {

			@Override
			protected String resolveCodeWithoutArguments(String code, Locale locale) {
				asked.add(code);
				return super.resolveCodeWithoutArguments(code, locale);
			}

		};
		messageSource.addMessage("errors.page.home", Locale.ENGLISH, "Take me home");
		SpringTemplateEngine thymeleaf = new SpringTemplateEngine();
		thymeleaf.setTemplateResolver(new StringTemplateResolver());
		ThymeleafErrorPageRenderer renderer = new ThymeleafErrorPageRenderer(() -> this.engine, this.contexts,
				locator(), new ErrorPageModel(new StackTraces(false), new ErrorMessages(messageSource)), this.fallback);

		given(this.engine.process(eq("error/4xx"), any(IContext.class))).willAnswer((invocation) -> thymeleaf
			.process("<p th:text=\"${status} + ' ' + ${title}\"></p>", invocation.getArgument(1, IContext.class)));
		assertThat(renderer.render(error(404), null)).isEqualTo("<p>404 Title</p>");
		assertThat(asked).noneMatch((code) -> code.startsWith("errors.page."));

		given(this.engine.process(eq("error/4xx"), any(IContext.class))).willAnswer((invocation) -> thymeleaf.process(
				"<a th:text=\"${texts.home}\"></a><a th:text=\"${texts.home}\"></a><b th:if=\"${showDetail}\">d</b>",
				invocation.getArgument(1, IContext.class)));
		assertThat(renderer.render(error(404), null)).isEqualTo("<a>Take me home</a><a>Take me home</a><b>d</b>");
		assertThat(asked).filteredOn("errors.page.home"::equals).hasSize(1);
	}

	@Test
	void renderWithoutTemplateEngineShouldUseTheFallback() {
		ThymeleafErrorPageRenderer renderer = new ThymeleafErrorPageRenderer(() -> null, this.contexts, locator(),
				new ErrorPageModel(new StackTraces(false), new ErrorMessages(null)), this.fallback);
		assertThat(renderer.render(error(503), null)).isEqualTo("static 503");
	}

	private ThymeleafErrorPageRenderer renderer(boolean retryFailedTemplates) {
		return new ThymeleafErrorPageRenderer(() -> this.engine, this.contexts, locator(),
				new ErrorPageModel(new StackTraces(false), new ErrorMessages(null)), this.fallback,
				retryFailedTemplates);
	}

	private static ErrorTemplateLocator locator() {
		return new ErrorTemplateLocator((view) -> view.endsWith("/4xx"), true);
	}

	private static ErrorContext error(int status) {
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, "Title", "Detail",
				true, "CODE", List.of(), Map.of(), HttpHeaders.EMPTY);
		return new ErrorContext(
				new ServletErrorRequest(new MockHttpServletRequest("GET", "/missing"), new MockHttpServletResponse()),
				description, null, Instant.now());
	}

}
