package io.github.errorstarter.autoconfigure;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.render.DefaultErrorPageTemplateResolver;
import io.github.errorstarter.render.ErrorFormatNegotiator;
import io.github.errorstarter.render.ErrorPageModel;
import io.github.errorstarter.render.ErrorPageRenderer;
import io.github.errorstarter.render.ErrorRenderer;
import io.github.errorstarter.render.ErrorTemplateLocator;
import io.github.errorstarter.render.ProblemJsonRenderer;
import io.github.errorstarter.render.StackTraces;
import io.github.errorstarter.render.StaticErrorPage;
import io.github.errorstarter.render.ThymeleafErrorPageRenderer;
import io.github.errorstarter.report.CompositeErrorReporter;
import io.github.errorstarter.report.ErrorReporter;
import io.github.errorstarter.report.LoggingErrorReporter;
import io.github.errorstarter.report.RepeatedStacks;
import io.github.errorstarter.resolve.BuiltInMappings;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.web.ErrorsControllerAdvice;
import io.github.errorstarter.web.ErrorsErrorController;
import io.github.errorstarter.web.ErrorsFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Servlet;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of error-starter's pipeline and its three doors for servlet web
 * applications.
 *
 * @since 0.1.0
 */
// Before Spring Boot's error handling, so that its BasicErrorController backs off for
// ours
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ Servlet.class, DispatcherServlet.class })
@ConditionalOnBooleanProperty(name = "errors.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ErrorsProperties.class)
public class ErrorsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ErrorMessages errorMessages(MessageSource messageSource) {
		return new ErrorMessages(messageSource);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorResolver errorResolver(ErrorsProperties properties, ErrorMessages messages, ApplicationContext context) {
		ClassLoader classLoader = context.getClassLoader();
		return new ErrorResolver(ErrorsSettings.exceptionMappings(properties, classLoader),
				ExceptionMappings.ofPresent(BuiltInMappings.knownExceptions(), classLoader), messages,
				properties.getIncludeMessage(), properties.getTypeBaseUri());
	}

	@Bean
	@ConditionalOnMissingBean
	DevelopmentSettingsWarning developmentSettingsWarning(ErrorsProperties properties) {
		return new DevelopmentSettingsWarning(properties.isIncludeStacktrace(), properties.getIncludeMessage());
	}

	@Bean
	@ConditionalOnMissingBean
	LoggingErrorReporter loggingErrorReporter(ErrorsProperties properties, ApplicationContext context) {
		ErrorsProperties.Logging logging = properties.getLogging();
		return new LoggingErrorReporter(ErrorsSettings.logLevels(logging, context.getClassLoader()),
				new RepeatedStacks(logging.getRepeatWindow(), Clock.systemUTC()));
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorFormatNegotiator errorFormatNegotiator(ErrorsProperties properties) {
		return new ErrorFormatNegotiator(ErrorsSettings.pathRules(properties), properties.getDefaultFormat());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemJsonRenderer problemJsonRenderer(ObjectProvider<ObjectMapper> objectMapper, ErrorsProperties properties) {
		return new ProblemJsonRenderer(() -> objectMapper.getIfAvailable(ObjectMapper::new),
				new StackTraces(properties.isIncludeStacktrace()));
	}

	// nested configurations are processed first, so this is the fallback when Thymeleaf
	// is absent
	@Bean
	@ConditionalOnMissingBean(ErrorPageRenderer.class)
	StaticErrorPage errorPageRenderer() {
		return new StaticErrorPage();
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorRenderer errorRenderer(ErrorFormatNegotiator negotiator, ProblemJsonRenderer problemJsonRenderer,
			ErrorPageRenderer errorPageRenderer) {
		return new ErrorRenderer(negotiator, problemJsonRenderer, errorPageRenderer);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorPipeline errorPipeline(ErrorResolver resolver, ObjectProvider<ErrorReporter> reporters,
			ErrorRenderer renderer) {
		return new ErrorPipeline(resolver, new CompositeErrorReporter(reporters.orderedStream().toList()), renderer);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorsControllerAdvice errorsControllerAdvice(ErrorPipeline pipeline) {
		return new ErrorsControllerAdvice(pipeline);
	}

	@Bean
	@ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
	ErrorsErrorController errorsErrorController(ErrorPipeline pipeline) {
		return new ErrorsErrorController(pipeline);
	}

	// right after Sentry's filters (HIGHEST_PRECEDENCE and + 1), so its request scope is
	// still open
	@Bean
	@ConditionalOnMissingBean(name = "errorsFilter")
	FilterRegistrationBean<ErrorsFilter> errorsFilter(ErrorPipeline pipeline) {
		FilterRegistrationBean<ErrorsFilter> registration = new FilterRegistrationBean<>(new ErrorsFilter(pipeline));
		registration.setOrder(ErrorsFilter.ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ITemplateEngine.class)
	static class ThymeleafPageConfiguration {

		@Bean
		@ConditionalOnMissingBean(ErrorPageRenderer.class)
		ThymeleafErrorPageRenderer errorPageRenderer(ObjectProvider<ITemplateEngine> templateEngine,
				ApplicationContext context, ErrorsProperties properties, ErrorMessages messages,
				ObjectProvider<ThymeleafProperties> thymeleafProperties) {
			ThymeleafProperties thymeleaf = thymeleafProperties.getIfAvailable();
			return new ThymeleafErrorPageRenderer(templateEngine::getIfAvailable, new ErrorTemplateLocator(context),
					new ErrorPageModel(new StackTraces(properties.isIncludeStacktrace()), messages),
					new StaticErrorPage(), thymeleaf != null && !thymeleaf.isCache());
		}

		@Bean
		@ConditionalOnMissingBean
		DefaultErrorPageTemplateResolver defaultErrorPageTemplateResolver(
				ObjectProvider<ThymeleafProperties> thymeleafProperties) {
			ThymeleafProperties thymeleaf = thymeleafProperties.getIfAvailable();
			return new DefaultErrorPageTemplateResolver(thymeleaf == null || thymeleaf.isCache());
		}

	}

}
