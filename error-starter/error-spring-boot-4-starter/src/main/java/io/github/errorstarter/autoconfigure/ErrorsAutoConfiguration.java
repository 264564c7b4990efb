package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.render.ProblemJsonWriter;
import io.github.errorstarter.web.ErrorDispatchHandler;
import jakarta.servlet.Servlet;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of error-starter's pipeline and its three doors for servlet web
 * applications on Spring Boot 4, with Jackson 3.
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
@Import(ErrorsPipelineConfiguration.class)
public class ErrorsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ProblemJsonWriter errorsProblemJsonWriter(ObjectProvider<JsonMapper> jsonMapper) {
		return new Jackson3ProblemJsonWriter(() -> jsonMapper.getIfAvailable(JsonMapper::new));
	}

	@Bean
	@ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
	ErrorsErrorController errorsErrorController(ErrorDispatchHandler handler) {
		return new ErrorsErrorController(handler);
	}

}
