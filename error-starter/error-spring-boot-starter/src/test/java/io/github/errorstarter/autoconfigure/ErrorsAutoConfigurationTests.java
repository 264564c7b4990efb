package io.github.errorstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.pipeline.MdcTraceIdSource;
import io.github.errorstarter.pipeline.TraceIdSource;
import io.github.errorstarter.render.DefaultErrorPageTemplateResolver;
import io.github.errorstarter.render.ErrorFormat;
import io.github.errorstarter.render.ErrorFormatNegotiator;
import io.github.errorstarter.render.ErrorPageRenderer;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.render.ProblemDetailCustomizer;
import io.github.errorstarter.render.ProblemJsonRenderer;
import io.github.errorstarter.render.StackTraces;
import io.github.errorstarter.render.StaticErrorPage;
import io.github.errorstarter.render.ThymeleafErrorPageRenderer;
import io.github.errorstarter.report.ErrorReporter;
import io.github.errorstarter.report.LoggingErrorReporter;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolutionCustomizer;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.resolve.IncludeMessage;
import io.github.errorstarter.web.ErrorsControllerAdvice;
import io.github.errorstarter.web.ErrorsFilter;
import io.github.errorstarter.web.ServletErrorRequest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorsAutoConfiguration}.
 */
class ErrorsAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ErrorsAutoConfiguration.class,
				PropertyPlaceholderAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, ThymeleafAutoConfiguration.class));

	@Test
	void pipelineAndDoorsArePresentInServletApp() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(ErrorsProperties.class)
				.hasSingleBean(ErrorMessages.class)
				.hasSingleBean(ErrorResolver.class)
				.hasSingleBean(LoggingErrorReporter.class)
				.hasSingleBean(ErrorFormatNegotiator.class)
				.hasSingleBean(ProblemJsonRenderer.class)
				.hasSingleBean(StackTraces.class)
				.hasSingleBean(ErrorRenderer.class)
				.hasSingleBean(ErrorPipeline.class)
				.hasSingleBean(ErrorsControllerAdvice.class)
				.hasSingleBean(ErrorsErrorController.class)
				.hasSingleBean(DevelopmentSettingsWarning.class)
				.hasSingleBean(DefaultErrorPageTemplateResolver.class)
				.hasBean("errorsFilter");
			assertThat(context).getBean(ErrorPageRenderer.class).isInstanceOf(ThymeleafErrorPageRenderer.class);
		});
	}

	@Test
	void basicErrorControllerBacksOffForErrorsErrorController() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(BasicErrorController.class);
			assertThat(context).getBean(ErrorController.class).isInstanceOf(ErrorsErrorController.class);
		});
	}

	@Test
	void errorHandlingCanBeDisabled() {
		this.contextRunner.withPropertyValues("errors.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorResolver.class)
				.doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(ErrorRenderer.class)
				.doesNotHaveBean(ErrorPageRenderer.class)
				.doesNotHaveBean(ErrorsControllerAdvice.class)
				.doesNotHaveBean(ErrorsErrorController.class)
				.doesNotHaveBean(DevelopmentSettingsWarning.class)
				.doesNotHaveBean(DefaultErrorPageTemplateResolver.class)
				.doesNotHaveBean("errorsFilter");
			assertThat(context).getBean(ErrorController.class).isInstanceOf(BasicErrorController.class);
		});
	}

	@Test
	void errorResolverBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomResolverConfiguration.class)
			.run((context) -> assertThat(context).getBean(ErrorResolver.class)
				.isSameAs(context.getBean("customErrorResolver")));
	}

	@Test
	void errorRendererBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomRendererConfiguration.class)
			.run((context) -> assertThat(context).getBean(ErrorRenderer.class)
				.isSameAs(context.getBean("customErrorRenderer")));
	}

	@Test
	void errorPipelineBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomPipelineConfiguration.class).run((context) -> {
			assertThat(context).getBean(ErrorPipeline.class).isSameAs(context.getBean("customErrorPipeline"));
			assertThat(context).getBean(ErrorsControllerAdvice.class).isNotNull();
		});
	}

	@Test
	void controllerAdviceBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomAdviceConfiguration.class)
			.run((context) -> assertThat(context).getBean(ErrorsControllerAdvice.class)
				.isSameAs(context.getBean("customAdvice")));
	}

	@Test
	void errorControllerBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomErrorControllerConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(ErrorsErrorController.class)
				.doesNotHaveBean(BasicErrorController.class);
			assertThat(context).getBean(ErrorController.class).isSameAs(context.getBean("customErrorController"));
			assertThat(context).hasSingleBean(ErrorsControllerAdvice.class);
		});
	}

	@Test
	void errorsFilterBacksOffWhenApplicationDefinesOneByName() {
		this.contextRunner.withUserConfiguration(CustomErrorsFilterConfiguration.class)
			.run((context) -> assertThat(context).getBean("errorsFilter").isInstanceOf(ErrorsFilter.class));
	}

	@Test
	void errorPageRendererBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomPageRendererConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(ThymeleafErrorPageRenderer.class)
				.doesNotHaveBean(StaticErrorPage.class);
			assertThat(context).getBean(ErrorPageRenderer.class).isSameAs(context.getBean("customPageRenderer"));
		});
	}

	@Test
	void traceIdSourceReadsTheMdcUnlessApplicationDefinesOne() {
		this.contextRunner
			.run((context) -> assertThat(context).getBean(TraceIdSource.class).isInstanceOf(MdcTraceIdSource.class));
		this.contextRunner.withBean("tenantTraceIds", TraceIdSource.class, () -> (request) -> "trace")
			.run((context) -> assertThat(context).getBean(TraceIdSource.class)
				.isSameAs(context.getBean("tenantTraceIds")));
	}

	@Test
	void customizersAreAppliedInTheirOrder() {
		this.contextRunner.withUserConfiguration(CustomizersConfiguration.class).run((context) -> {
			ErrorDescription description = context.getBean(ErrorResolver.class)
				.resolve(new UnsupportedOperationException(), Locale.ENGLISH);
			assertThat(description.status()).isEqualTo(501);
			assertThat(description.properties()).containsEntry("trail", "first,second");
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
			request.addHeader("X-Tenant", "acme");
			ErrorContext error = new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()),
					description, new UnsupportedOperationException(), Instant.now());
			String body = new String(context.getBean(ProblemJsonRenderer.class).render(error), StandardCharsets.UTF_8);
			assertThat(body).contains("\"status\":501", "\"trail\":\"first,second\"", "\"tenant\":\"acme\"");
		});
	}

	@Test
	void loggingErrorReporterBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomLoggingReporterConfiguration.class)
			.run((context) -> assertThat(context).getBean(LoggingErrorReporter.class)
				.isSameAs(context.getBean("customLoggingReporter")));
	}

	@Test
	void applicationReportersAreAddedBesideLoggingReporter() {
		this.contextRunner.withUserConfiguration(AdditionalReporterConfiguration.class)
			.run((context) -> assertThat(context.getBeansOfType(ErrorReporter.class)).hasSize(2)
				.containsKeys("errorsLoggingReporter", "metricsReporter"));
	}

	@Test
	void autoConfigurationBacksOffInNonWebApp() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ErrorsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(ErrorsErrorController.class));
	}

	@Test
	void autoConfigurationBacksOffInReactiveWebApp() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ErrorsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(ErrorsControllerAdvice.class));
	}

	@Test
	void staticErrorPageIsUsedWhenThymeleafIsAbsent() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.thymeleaf")).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ThymeleafErrorPageRenderer.class)
				.doesNotHaveBean(DefaultErrorPageTemplateResolver.class);
			assertThat(context).getBean(ErrorPageRenderer.class).isInstanceOf(StaticErrorPage.class);
		});
	}

	@Test
	void startupFailsWhenMappedExceptionClassDoesNotExist() {
		this.contextRunner.withPropertyValues("errors.exceptions[com.example.MissingException].status=503")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining(
						"Unknown exception class 'com.example.MissingException' in errors.exceptions");
			});
	}

	@Test
	void startupFailsWhenMappedStatusIsNotAnError() {
		this.contextRunner.withPropertyValues("errors.exceptions[java.io.IOException].status=302").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("302")
				.hasMessageContaining("errors.exceptions.[java.io.IOException]");
		});
	}

	@Test
	void startupFailsWhenPathPatternIsInvalid() {
		this.contextRunner.withPropertyValues("errors.paths[0].pattern=/api/{unclosed").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("errors.paths")
				.hasStackTraceContaining("/api/{unclosed");
		});
	}

	@Test
	void startupFailsWhenPathRuleHasNoPattern() {
		this.contextRunner.withPropertyValues("errors.paths[0].format=json").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("errors.paths")
				.hasStackTraceContaining("pattern");
		});
	}

	@Test
	void mappingsAndPathRulesAreBoundFromProperties() {
		this.contextRunner
			.withPropertyValues("errors.exceptions[java.io.IOException].status=503", "errors.paths[0].pattern=/api/**",
					"errors.paths[0].format=json", "errors.default-format=html")
			.run((context) -> {
				ErrorFormatNegotiator negotiator = context.getBean(ErrorFormatNegotiator.class);
				assertThat(negotiator.negotiate(negotiator.findRule("/api/x"), "text/html"))
					.isEqualTo(ErrorFormat.JSON);
				assertThat(negotiator.negotiate(null, "*/*")).isEqualTo(ErrorFormat.HTML);
				ErrorResolver resolver = context.getBean(ErrorResolver.class);
				assertThat(resolver.resolve(new java.net.ConnectException(), java.util.Locale.ENGLISH).status())
					.isEqualTo(503);
			});
	}

	private static ErrorResolver errorResolver() {
		ClassLoader classLoader = ErrorsAutoConfigurationTests.class.getClassLoader();
		return new ErrorResolver(ExceptionMappings.fromClassNames(Map.of(), classLoader, "errors.exceptions"),
				ExceptionMappings.fromClassNames(Map.of(), classLoader, "built-in"), new ErrorMessages(null),
				IncludeMessage.CLIENT_ERRORS, null);
	}

	private static ErrorRenderer errorRenderer() {
		return new ErrorRenderer(new ErrorFormatNegotiator(List.of(), ErrorFormat.JSON),
				new ProblemJsonRenderer(new Jackson2ProblemJsonWriter(ObjectMapper::new), new StackTraces(false)),
				new StaticErrorPage());
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomResolverConfiguration {

		@Bean
		ErrorResolver customErrorResolver() {
			return errorResolver();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomRendererConfiguration {

		@Bean
		ErrorRenderer customErrorRenderer() {
			return errorRenderer();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomPipelineConfiguration {

		@Bean
		ErrorPipeline customErrorPipeline() {
			return new ErrorPipeline(errorResolver(), (error) -> {
			}, errorRenderer());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomAdviceConfiguration {

		@Bean
		ErrorsControllerAdvice customAdvice(ErrorPipeline pipeline) {
			return new ErrorsControllerAdvice(pipeline);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomErrorControllerConfiguration {

		@Bean
		ErrorController customErrorController() {
			return new ErrorController() {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomErrorsFilterConfiguration {

		@Bean
		ErrorsFilter errorsFilter(ErrorPipeline pipeline) {
			return new ErrorsFilter(pipeline);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomPageRendererConfiguration {

		@Bean
		ErrorPageRenderer customPageRenderer() {
			return (error, rule) -> "<p>custom</p>";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		@Bean
		@Order(2)
		ErrorResolutionCustomizer secondCustomizer() {
			return (description, exception) -> description.mutate()
				.property("trail", description.properties().get("trail") + ",second")
				.build();
		}

		@Bean
		@Order(1)
		ErrorResolutionCustomizer firstCustomizer() {
			return (description, exception) -> (exception instanceof UnsupportedOperationException)
					? description.mutate().status(501).property("trail", "first").build() : description;
		}

		@Bean
		ProblemDetailCustomizer tenantCustomizer() {
			return (problem, error) -> problem.setProperty("tenant", error.getRequest().getHeader("X-Tenant"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomLoggingReporterConfiguration {

		@Bean
		LoggingErrorReporter customLoggingReporter() {
			return new LoggingErrorReporter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AdditionalReporterConfiguration {

		@Bean
		ErrorReporter metricsReporter() {
			return (error) -> {
			};
		}

	}

}
