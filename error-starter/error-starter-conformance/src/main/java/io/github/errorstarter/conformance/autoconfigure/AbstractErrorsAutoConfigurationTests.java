package io.github.errorstarter.conformance.autoconfigure;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.autoconfigure.DevelopmentSettingsWarning;
import io.github.errorstarter.autoconfigure.ErrorsProperties;
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
import io.github.errorstarter.render.ProblemJsonWriter;
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
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code ErrorsAutoConfiguration} that hold on every Spring Boot line: the
 * pipeline and its doors in a servlet app and nowhere else, each bean backing off for the
 * application's own, the switch, and the startup failures of wrong settings. A line's
 * test class extends it with its auto-configuration classes and error path property, and
 * adds the tests that name its own Boot types (its error controller, its Jackson).
 *
 * @since 0.1.0
 */
public abstract class AbstractErrorsAutoConfigurationTests {

	// the name both lines give their error controller's bean
	private static final String ERROR_CONTROLLER = "errorsErrorController";

	private final AutoConfigurations autoConfigurations;

	private final String errorPathProperty;

	private final WebApplicationContextRunner contextRunner;

	/**
	 * Create the tests for a line.
	 * @param autoConfigurations the line's {@code ErrorsAutoConfiguration} and the Boot
	 * auto-configurations of a Spring MVC app with Jackson and Thymeleaf
	 * @param errorPathProperty the line's property for the error path, such as
	 * {@code server.error.path}
	 */
	protected AbstractErrorsAutoConfigurationTests(AutoConfigurations autoConfigurations, String errorPathProperty) {
		this.autoConfigurations = autoConfigurations;
		this.errorPathProperty = errorPathProperty;
		this.contextRunner = new WebApplicationContextRunner().withConfiguration(autoConfigurations);
	}

	/**
	 * Return a runner of a servlet app with the line's auto-configurations, for the
	 * line's own tests.
	 * @return the runner
	 */
	protected final WebApplicationContextRunner contextRunner() {
		return this.contextRunner;
	}

	@Test
	void autoConfigurationWhenServletAppShouldDefinePipelineAndDoors() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(ErrorsProperties.class)
				.hasSingleBean(ErrorMessages.class)
				.hasSingleBean(ErrorResolver.class)
				.hasSingleBean(LoggingErrorReporter.class)
				.hasSingleBean(ErrorFormatNegotiator.class)
				.hasSingleBean(ProblemJsonWriter.class)
				.hasSingleBean(ProblemJsonRenderer.class)
				.hasSingleBean(StackTraces.class)
				.hasSingleBean(ErrorRenderer.class)
				.hasSingleBean(ErrorPipeline.class)
				.hasSingleBean(ErrorsControllerAdvice.class)
				.hasBean(ERROR_CONTROLLER)
				.hasSingleBean(DevelopmentSettingsWarning.class)
				.hasSingleBean(DefaultErrorPageTemplateResolver.class)
				.hasBean("errorsFilter");
			assertThat(context).getBean(ErrorPageRenderer.class).isInstanceOf(ThymeleafErrorPageRenderer.class);
		});
	}

	@Test
	void errorControllerWhenNoErrorPathIsSetShouldMapSlashError() {
		this.contextRunner.run((context) -> assertThat(errorControllerPatterns(context)).contains("/error"));
	}

	@Test
	void errorControllerWhenLinesErrorPathIsSetShouldMapIt() {
		this.contextRunner.withPropertyValues(this.errorPathProperty + "=/oops")
			.run((context) -> assertThat(errorControllerPatterns(context)).contains("/oops").doesNotContain("/error"));
	}

	@Test
	void autoConfigurationWhenDisabledShouldDefineNoneOfItsBeans() {
		this.contextRunner.withPropertyValues("errors.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorResolver.class)
				.doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(ErrorRenderer.class)
				.doesNotHaveBean(ErrorPageRenderer.class)
				.doesNotHaveBean(ProblemJsonWriter.class)
				.doesNotHaveBean(ErrorsControllerAdvice.class)
				.doesNotHaveBean(ERROR_CONTROLLER)
				.doesNotHaveBean(DevelopmentSettingsWarning.class)
				.doesNotHaveBean(DefaultErrorPageTemplateResolver.class)
				.doesNotHaveBean("errorsFilter"));
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
	void traceIdSourceShouldReadTheMdcUnlessApplicationDefinesOne() {
		this.contextRunner
			.run((context) -> assertThat(context).getBean(TraceIdSource.class).isInstanceOf(MdcTraceIdSource.class));
		this.contextRunner.withBean("tenantTraceIds", TraceIdSource.class, () -> (request) -> "trace")
			.run((context) -> assertThat(context).getBean(TraceIdSource.class)
				.isSameAs(context.getBean("tenantTraceIds")));
	}

	@Test
	void loggingErrorReporterBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomLoggingReporterConfiguration.class)
			.run((context) -> assertThat(context).getBean(LoggingErrorReporter.class)
				.isSameAs(context.getBean("customLoggingReporter")));
	}

	@Test
	void problemJsonWriterBacksOffWhenApplicationDefinesOne() {
		this.contextRunner.withUserConfiguration(CustomProblemJsonWriterConfiguration.class)
			.run((context) -> assertThat(context).getBean(ProblemJsonWriter.class)
				.isSameAs(context.getBean("customProblemJsonWriter")));
	}

	@Test
	void applicationReportersWhenDefinedShouldBeAddedBesideLoggingReporter() {
		this.contextRunner.withUserConfiguration(AdditionalReporterConfiguration.class)
			.run((context) -> assertThat(context.getBeansOfType(ErrorReporter.class)).hasSize(2)
				.containsKeys("errorsLoggingReporter", "metricsReporter"));
	}

	@Test
	void autoConfigurationBacksOffWhenAppIsNotWeb() {
		new ApplicationContextRunner().withConfiguration(this.autoConfigurations)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(ERROR_CONTROLLER));
	}

	@Test
	void autoConfigurationBacksOffWhenAppIsReactive() {
		new ReactiveWebApplicationContextRunner().withConfiguration(this.autoConfigurations)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorPipeline.class)
				.doesNotHaveBean(ErrorsControllerAdvice.class));
	}

	@Test
	void autoConfigurationBacksOffWhenSpringMvcIsAbsent() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.web.servlet"))
			.run((context) -> assertThat(context).doesNotHaveBean(ErrorsProperties.class)
				.doesNotHaveBean(ErrorPipeline.class));
	}

	@Test
	void errorPageRendererWhenThymeleafIsAbsentShouldBeStaticErrorPage() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.thymeleaf")).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ThymeleafErrorPageRenderer.class)
				.doesNotHaveBean(DefaultErrorPageTemplateResolver.class);
			assertThat(context).getBean(ErrorPageRenderer.class).isInstanceOf(StaticErrorPage.class);
		});
	}

	@Test
	void startupWhenMappedExceptionClassDoesNotExistShouldFail() {
		this.contextRunner.withPropertyValues("errors.exceptions[com.example.MissingException].status=503")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining(
						"Unknown exception class 'com.example.MissingException' in errors.exceptions");
			});
	}

	@Test
	void startupWhenMappedStatusIsNotAnErrorShouldFail() {
		this.contextRunner.withPropertyValues("errors.exceptions[java.io.IOException].status=302").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("302")
				.hasMessageContaining("errors.exceptions.[java.io.IOException]");
		});
	}

	@Test
	void startupWhenPathPatternIsInvalidShouldFail() {
		this.contextRunner.withPropertyValues("errors.paths[0].pattern=/api/{unclosed").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("errors.paths")
				.hasStackTraceContaining("/api/{unclosed");
		});
	}

	@Test
	void startupWhenPathRuleHasNoPatternShouldFail() {
		this.contextRunner.withPropertyValues("errors.paths[0].format=json").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("errors.paths")
				.hasStackTraceContaining("pattern");
		});
	}

	@Test
	void mappingsAndPathRulesWhenSetShouldBeBoundFromProperties() {
		this.contextRunner
			.withPropertyValues("errors.exceptions[java.io.IOException].status=503", "errors.paths[0].pattern=/api/**",
					"errors.paths[0].format=json", "errors.default-format=html")
			.run((context) -> {
				ErrorFormatNegotiator negotiator = context.getBean(ErrorFormatNegotiator.class);
				assertThat(negotiator.negotiate(negotiator.findRule("/api/x"), "text/html"))
					.isEqualTo(ErrorFormat.JSON);
				assertThat(negotiator.negotiate(null, "*/*")).isEqualTo(ErrorFormat.HTML);
				ErrorResolver resolver = context.getBean(ErrorResolver.class);
				assertThat(resolver.resolve(new ConnectException(), Locale.ENGLISH).status()).isEqualTo(503);
			});
	}

	private static List<String> errorControllerPatterns(ApplicationContext context) {
		Class<?> errorController = context.getType(ERROR_CONTROLLER);
		return context.getBean(RequestMappingHandlerMapping.class)
			.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getBeanType() == errorController)
			.flatMap((entry) -> entry.getKey().getPatternValues().stream())
			.toList();
	}

	private static ErrorResolver errorResolver() {
		ClassLoader classLoader = AbstractErrorsAutoConfigurationTests.class.getClassLoader();
		return new ErrorResolver(ExceptionMappings.fromClassNames(Map.of(), classLoader, "errors.exceptions"),
				ExceptionMappings.fromClassNames(Map.of(), classLoader, "built-in"), new ErrorMessages(null),
				IncludeMessage.CLIENT_ERRORS, null);
	}

	private static ErrorRenderer errorRenderer() {
		ProblemJsonWriter writer = (problem) -> "{}".getBytes(StandardCharsets.UTF_8);
		return new ErrorRenderer(new ErrorFormatNegotiator(List.of(), ErrorFormat.JSON),
				new ProblemJsonRenderer(writer, new StackTraces(false)), new StaticErrorPage());
	}

	// on Spring Framework 7 ErrorDescription.mutate() once threw
	// IncompatibleClassChangeError (HttpHeaders.putAll(Map); HttpHeaders is no Map there)
	@Test
	void customizersShouldBeAppliedInTheirOrder() {
		contextRunner().withUserConfiguration(CustomizersConfiguration.class).run((context) -> {
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
	static class CustomLoggingReporterConfiguration {

		@Bean
		LoggingErrorReporter customLoggingReporter() {
			return new LoggingErrorReporter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomProblemJsonWriterConfiguration {

		@Bean
		ProblemJsonWriter customProblemJsonWriter() {
			return (problem) -> "{}".getBytes(StandardCharsets.UTF_8);
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
