package io.github.errorstarter.autoconfigure;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.errorstarter.conformance.autoconfigure.AbstractErrorsAutoConfigurationTests;
import io.github.errorstarter.render.ProblemJsonWriter;
import io.github.errorstarter.web.ErrorsControllerAdvice;
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
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorsAutoConfiguration} on Spring Boot 3.5: the shared assertions,
 * and what names Boot 3.5's own types (its error controller and error path, Jackson 2).
 */
class ErrorsAutoConfigurationTests extends AbstractErrorsAutoConfigurationTests {

	ErrorsAutoConfigurationTests() {
		super(AutoConfigurations.of(ErrorsAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, ThymeleafAutoConfiguration.class), "server.error.path");
	}

	@Test
	void basicErrorControllerBacksOffWhenErrorsErrorControllerIsDefined() {
		contextRunner().run((context) -> {
			assertThat(context).doesNotHaveBean(BasicErrorController.class);
			assertThat(context).getBean(ErrorController.class).isInstanceOf(ErrorsErrorController.class);
		});
	}

	@Test
	void errorControllerBacksOffWhenApplicationDefinesOne() {
		contextRunner().withUserConfiguration(CustomErrorControllerConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(ErrorsErrorController.class)
				.doesNotHaveBean(BasicErrorController.class);
			assertThat(context).getBean(ErrorController.class).isSameAs(context.getBean("customErrorController"));
			assertThat(context).hasSingleBean(ErrorsControllerAdvice.class);
		});
	}

	@Test
	void autoConfigurationWhenDisabledShouldGiveBootsErrorControllerBack() {
		contextRunner().withPropertyValues("errors.enabled=false")
			.run((context) -> assertThat(context).getBean(ErrorController.class)
				.isInstanceOf(BasicErrorController.class));
	}

	@Test
	void problemJsonWriterWhenBootsObjectMapperIsUsedShouldWritePropertiesAsMembers() {
		contextRunner().run((context) -> {
			assertThat(context).hasSingleBean(ObjectMapper.class);
			assertThat(context).getBean(ProblemJsonWriter.class).isInstanceOf(Jackson2ProblemJsonWriter.class);
			assertThat(write(context.getBean(ProblemJsonWriter.class))).contains("\"code\":\"OUT_OF_STOCK\"")
				.doesNotContain("properties");
		});
	}

	@Test
	void problemJsonWriterWhenApplicationDefinesObjectMapperShouldUseIt() {
		contextRunner().withUserConfiguration(IndentingObjectMapperConfiguration.class).run((context) -> {
			String json = write(context.getBean(ProblemJsonWriter.class));
			assertThat(json).contains("\n").contains("\"code\" : \"OUT_OF_STOCK\"");
		});
	}

	@Test
	void problemJsonWriterWhenNoObjectMapperIsDefinedShouldUseADefaultOne() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ErrorsAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(ObjectMapper.class);
				assertThat(write(context.getBean(ProblemJsonWriter.class))).contains("\"code\":\"OUT_OF_STOCK\"")
					.doesNotContain("properties");
			});
	}

	private static String write(ProblemJsonWriter writer) throws Exception {
		ProblemDetail problem = ProblemDetail.forStatus(409);
		problem.setProperty("code", "OUT_OF_STOCK");
		return new String(writer.write(problem), StandardCharsets.UTF_8);
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
	static class IndentingObjectMapperConfiguration {

		@Bean
		ObjectMapper customObjectMapper() {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		}

	}

}
