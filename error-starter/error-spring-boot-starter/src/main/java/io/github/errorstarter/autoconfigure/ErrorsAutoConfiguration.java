package io.github.errorstarter.autoconfigure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorstarter.render.ProblemJsonWriter;
import io.github.errorstarter.web.ErrorDispatchHandler;
import jakarta.servlet.Servlet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of error-starter's pipeline and its three doors for servlet web
 * applications on Spring Boot 3.5, with Jackson 2.
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
	ProblemJsonWriter errorsProblemJsonWriter(ObjectProvider<ObjectMapper> objectMapper) {
		return new Jackson2ProblemJsonWriter(() -> objectMapper.getIfAvailable(ObjectMapper::new));
	}

	@Bean
	@ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
	ErrorsErrorController errorsErrorController(ErrorDispatchHandler handler) {
		return new ErrorsErrorController(handler);
	}

}
