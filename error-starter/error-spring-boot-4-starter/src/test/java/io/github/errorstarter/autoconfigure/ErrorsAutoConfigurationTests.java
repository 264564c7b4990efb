package io.github.errorstarter.autoconfigure;

import java.nio.charset.StandardCharsets;

import io.github.errorstarter.conformance.autoconfigure.AbstractErrorsAutoConfigurationTests;
import io.github.errorstarter.render.ProblemJsonWriter;
import io.github.errorstarter.web.ErrorsControllerAdvice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorsAutoConfiguration} on Spring Boot 4: the shared assertions, and
 * what names Boot 4's own types (its error controller and error path, Jackson 3).
 */
class ErrorsAutoConfigurationTests extends AbstractErrorsAutoConfigurationTests {

	ErrorsAutoConfigurationTests() {
		super(AutoConfigurations.of(ErrorsAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class,
				DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
				ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, ThymeleafAutoConfiguration.class),
				"spring.web.error.path");
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
	void problemJsonWriterWhenBootsJsonMapperIsUsedShouldWritePropertiesAsMembers() {
		contextRunner().run((context) -> {
			assertThat(context).hasSingleBean(JsonMapper.class);
			assertThat(context).getBean(ProblemJsonWriter.class).isInstanceOf(Jackson3ProblemJsonWriter.class);
			assertThat(write(context.getBean(ProblemJsonWriter.class))).contains("\"code\":\"OUT_OF_STOCK\"")
				.doesNotContain("properties");
		});
	}

	@Test
	void problemJsonWriterWhenApplicationDefinesJsonMapperShouldUseIt() {
		contextRunner().withUserConfiguration(IndentingJsonMapperConfiguration.class).run((context) -> {
			String json = write(context.getBean(ProblemJsonWriter.class));
			assertThat(json).contains("\n").contains("\"code\" : \"OUT_OF_STOCK\"");
		});
	}

	@Test
	void problemJsonWriterWhenNoJsonMapperIsDefinedShouldUseADefaultOne() {
		new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(ErrorsAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(JsonMapper.class);
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
	static class IndentingJsonMapperConfiguration {

		@Bean
		JsonMapper customJsonMapper() {
			return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		}

	}

}
