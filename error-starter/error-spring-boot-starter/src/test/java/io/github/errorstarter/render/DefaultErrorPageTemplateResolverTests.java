package io.github.errorstarter.render;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration;
import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.web.ServletErrorRequest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DefaultErrorPageTemplateResolver}: the default page renders in Spring
 * Boot's template engine even when the application's templates live under another prefix.
 */
class DefaultErrorPageTemplateResolverTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class,
				ErrorsAutoConfiguration.class))
		.withPropertyValues("spring.thymeleaf.prefix=classpath:/conformance/pages-chain/");

	@Test
	void defaultPageShouldRenderWhateverTheApplicationPrefix() {
		this.contextRunner.run((context) -> {
			SpringTemplateEngine engine = context.getBean(SpringTemplateEngine.class);
			String page = engine.process(ErrorTemplateLocator.DEFAULT_TEMPLATE,
					model(context.getBean(ErrorMessages.class)));
			assertThat(page).contains("<h1>We can&#39;t find that page</h1>", ".es-card {");
		});
	}

	@Test
	void applicationTemplatesShouldStillComeFromTheApplicationPrefix() {
		this.contextRunner.run((context) -> {
			SpringTemplateEngine engine = context.getBean(SpringTemplateEngine.class);
			assertThat(engine.process("error/404", model(context.getBean(ErrorMessages.class))))
				.contains("<p>template=error/404</p>");
		});
	}

	@Test
	void defaultPageShouldShowStackTraceOnlyWhenTheModelHasOne() {
		this.contextRunner.run((context) -> {
			SpringTemplateEngine engine = context.getBean(SpringTemplateEngine.class);
			Context model = model(context.getBean(ErrorMessages.class));
			assertThat(engine.process(ErrorTemplateLocator.DEFAULT_TEMPLATE, model)).doesNotContain("<details>");
			model.setVariable("stackTrace", "java.lang.IllegalStateException: <boom>");
			assertThat(engine.process(ErrorTemplateLocator.DEFAULT_TEMPLATE, model)).contains("<details>",
					"<pre>java.lang.IllegalStateException: &lt;boom&gt;</pre>");
		});
	}

	@Test
	void resolverShouldBackOffForTheApplicationOwn() {
		this.contextRunner
			.withBean(DefaultErrorPageTemplateResolver.class, () -> new DefaultErrorPageTemplateResolver(false))
			.run((context) -> assertThat(context.getBean(DefaultErrorPageTemplateResolver.class).isCacheable())
				.isFalse());
	}

	private static Context model(ErrorMessages messages) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/missing");
		ErrorDescription description = new ErrorDescription(404, ErrorDescription.BLANK_TYPE, "Not Found",
				"The requested resource was not found.", true, "NOT_FOUND", List.of(), Map.of(), HttpHeaders.EMPTY);
		ErrorContext error = new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()),
				description, null, Instant.now());
		return new Context(Locale.ENGLISH,
				new ErrorPageModel(new StackTraces(false), messages).build(error, Locale.ENGLISH));
	}

}
