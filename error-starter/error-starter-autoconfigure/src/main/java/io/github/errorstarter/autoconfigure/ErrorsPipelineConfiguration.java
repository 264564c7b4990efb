package io.github.errorstarter.autoconfigure;

import java.time.Clock;

import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.pipeline.MdcTraceIdSource;
import io.github.errorstarter.pipeline.TraceIdSource;
import io.github.errorstarter.render.DefaultErrorPageTemplateResolver;
import io.github.errorstarter.render.ErrorFormatNegotiator;
import io.github.errorstarter.render.ErrorPageModel;
import io.github.errorstarter.render.ErrorPageRenderer;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.render.ErrorTemplateLocator;
import io.github.errorstarter.render.ProblemDetailCustomizer;
import io.github.errorstarter.render.ProblemJsonRenderer;
import io.github.errorstarter.render.ProblemJsonWriter;
import io.github.errorstarter.render.StackTraces;
import io.github.errorstarter.render.StaticErrorPage;
import io.github.errorstarter.render.ThymeleafContextFactory;
import io.github.errorstarter.render.ThymeleafErrorPageRenderer;
import io.github.errorstarter.report.CompositeErrorReporter;
import io.github.errorstarter.report.ErrorReporter;
import io.github.errorstarter.report.LoggingErrorReporter;
import io.github.errorstarter.report.RepeatedStacks;
import io.github.errorstarter.resolve.BuiltInMappings;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolutionCustomizer;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.web.ErrorDispatchHandler;
import io.github.errorstarter.web.ErrorDispatchListener;
import io.github.errorstarter.web.ErrorsControllerAdvice;
import io.github.errorstarter.web.ErrorsFilter;
import io.github.errorstarter.web.ServletThymeleafContextFactory;
import jakarta.servlet.DispatcherType;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The pipeline and its servlet doors, as both Spring Boot lines wire them. Each line's
 * {@code ErrorsAutoConfiguration} imports it and adds what names its own Boot types: the
 * error controller and the JSON writer. Only Boot types that are the same on both lines
 * appear here.
 */
@Configuration(proxyBeanMethods = false)
class ErrorsPipelineConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorMessages errorsMessages(MessageSource messageSource) {
		return new ErrorMessages(messageSource);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResolver errorsResolver(ErrorsProperties properties, ErrorMessages messages,
			ObjectProvider<ErrorResolutionCustomizer> customizers, ApplicationContext context) {
		ClassLoader classLoader = context.getClassLoader();
		return new ErrorResolver(ErrorsSettings.exceptionMappings(properties, classLoader),
				ExceptionMappings.ofPresent(BuiltInMappings.knownExceptions(), classLoader), messages,
				properties.getIncludeMessage(), properties.getTypeBaseUri(), customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	DevelopmentSettingsWarning errorsDevelopmentSettingsWarning(ErrorsProperties properties) {
		return new DevelopmentSettingsWarning(properties.isIncludeStacktrace(), properties.getIncludeMessage());
	}

	@Bean
	@ConditionalOnMissingBean
	LoggingErrorReporter errorsLoggingReporter(ErrorsProperties properties, ApplicationContext context) {
		ErrorsProperties.Logging logging = properties.getLogging();
		return new LoggingErrorReporter(ErrorsSettings.logLevels(logging, context.getClassLoader()),
				new RepeatedStacks(logging.getRepeatWindow(), Clock.systemUTC()),
				ErrorsSettings.repeatedLines(logging));
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorFormatNegotiator errorsFormatNegotiator(ErrorsProperties properties) {
		return new ErrorFormatNegotiator(ErrorsSettings.pathRules(properties), properties.getDefaultFormat());
	}

	@Bean
	@ConditionalOnMissingBean
	StackTraces errorsStackTraces(ErrorsProperties properties) {
		return new StackTraces(properties.isIncludeStacktrace());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemJsonRenderer errorsProblemJsonRenderer(ProblemJsonWriter writer, StackTraces stackTraces,
			ObjectProvider<ProblemDetailCustomizer> customizers) {
		return new ProblemJsonRenderer(writer, stackTraces, customizers.orderedStream().toList());
	}

	// nested configurations are processed first, so this is the fallback when Thymeleaf
	// is
	// absent
	@Bean
	@ConditionalOnMissingBean(ErrorPageRenderer.class)
	StaticErrorPage errorsStaticErrorPage() {
		return new StaticErrorPage();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorRenderer errorsRenderer(ErrorFormatNegotiator negotiator, ProblemJsonRenderer problemJsonRenderer,
			ErrorPageRenderer errorPageRenderer) {
		return new ErrorRenderer(negotiator, problemJsonRenderer, errorPageRenderer);
	}

	@Bean
	@ConditionalOnMissingBean(TraceIdSource.class)
	MdcTraceIdSource errorsTraceIdSource() {
		return new MdcTraceIdSource();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorPipeline errorsPipeline(ErrorResolver resolver, TraceIdSource traceIdSource,
			ObjectProvider<ErrorReporter> reporters, ErrorRenderer renderer) {
		return new ErrorPipeline(resolver, traceIdSource,
				new CompositeErrorReporter(reporters.orderedStream().toList()), renderer);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorsControllerAdvice errorsControllerAdvice(ErrorPipeline pipeline) {
		return new ErrorsControllerAdvice(pipeline);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorDispatchHandler errorsDispatchHandler(ErrorPipeline pipeline) {
		return new ErrorDispatchHandler(pipeline);
	}

	// right after Sentry's filters (HIGHEST_PRECEDENCE and + 1), so its request scope is
	// still open
	@Bean
	@ConditionalOnMissingBean(name = "errorsFilter")
	FilterRegistrationBean<ErrorsFilter> errorsFilter(ErrorPipeline pipeline,
			ObjectProvider<ErrorDispatchListener> listeners) {
		FilterRegistrationBean<ErrorsFilter> registration = new FilterRegistrationBean<>(
				new ErrorsFilter(pipeline, listeners.orderedStream().toList()));
		registration.setOrder(ErrorsFilter.ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ITemplateEngine.class)
	static class ThymeleafPageConfiguration {

		// spring.thymeleaf.cache has the same name on both Boot lines, its properties
		// class does not
		private static final String THYMELEAF_CACHE = "spring.thymeleaf.cache";

		@Bean
		@ConditionalOnMissingBean(ErrorPageRenderer.class)
		ThymeleafErrorPageRenderer errorsThymeleafPageRenderer(ObjectProvider<ITemplateEngine> templateEngine,
				ThymeleafContextFactory contextFactory, ApplicationContext context, StackTraces stackTraces,
				ErrorMessages messages) {
			return new ThymeleafErrorPageRenderer(templateEngine::getIfAvailable, contextFactory,
					templateLocator(context), new ErrorPageModel(stackTraces, messages), new StaticErrorPage(),
					!isThymeleafCached(context.getEnvironment()));
		}

		@Bean
		@ConditionalOnMissingBean(ThymeleafContextFactory.class)
		ServletThymeleafContextFactory errorsThymeleafContextFactory() {
			return new ServletThymeleafContextFactory();
		}

		@Bean
		@ConditionalOnMissingBean
		DefaultErrorPageTemplateResolver errorsDefaultPageTemplateResolver(Environment environment) {
			return new DefaultErrorPageTemplateResolver(isThymeleafCached(environment));
		}

		private static ErrorTemplateLocator templateLocator(ApplicationContext context) {
			TemplateAvailabilityProviders providers = new TemplateAvailabilityProviders(context);
			boolean cache = context.getEnvironment().getProperty("spring.template.provider.cache", Boolean.class, true);
			return new ErrorTemplateLocator((view) -> providers.getProvider(view, context) != null, cache);
		}

		private static boolean isThymeleafCached(Environment environment) {
			return environment.getProperty(THYMELEAF_CACHE, Boolean.class, true);
		}

	}

}
