package io.github.errorstarter.autoconfigure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.autoconfigure.ErrorsProperties.ExceptionMappingProperties;
import io.github.errorstarter.render.ErrorFormat;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.resolve.IncludeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for binding {@link ErrorsProperties} with Spring Boot's {@link Binder}.
 * <p>
 * Keys of {@code errors.exceptions} are class names, which contain dots: they must be
 * written in brackets ({@code "[java.io.IOException]"}, quoted in YAML), or the binder
 * would split the name into nested keys. Such keys cannot come from environment
 * variables: an environment variable name has no brackets and is lowercased, so
 * {@code java.io.IOException} cannot be spelled there (see
 * {@link #bindWhenExceptionComesFromEnvironmentVariableShouldNotYieldClassName}).
 */
class ErrorsPropertiesBindingTests {

	private static final String YAML = """
			errors:
			  include-message: always
			  default-format: html
			  exceptions:
			    "[java.io.IOException]":
			      status: 503
			      detail: Payments are down
			    "[java.net.ConnectException]":
			      status: 502
			      code: UPSTREAM_UNREACHABLE
			  paths:
			    - pattern: /api/**
			      format: json
			    - pattern: /blog/**
			      templates: blog
			""";

	@Test
	void bindWhenYamlUsesQuotedBracketKeysShouldKeepClassNames() throws IOException {
		ErrorsProperties properties = bind(yaml());
		assertThat(properties.getExceptions()).containsOnlyKeys("java.io.IOException", "java.net.ConnectException");
		ExceptionMappingProperties io = properties.getExceptions().get("java.io.IOException");
		assertThat(io.getStatus()).isEqualTo(503);
		assertThat(io.getDetail()).isEqualTo("Payments are down");
		assertThat(properties.getExceptions().get("java.net.ConnectException").getCode())
			.isEqualTo("UPSTREAM_UNREACHABLE");
	}

	@Test
	void bindWhenYamlHasSettingsShouldBindThem() throws IOException {
		ErrorsProperties properties = bind(yaml());
		assertThat(properties.getIncludeMessage()).isEqualTo(IncludeMessage.ALWAYS);
		assertThat(properties.getDefaultFormat()).isEqualTo(ErrorFormat.HTML);
		assertThat(properties.getPaths()).hasSize(2);
		assertThat(properties.getPaths().get(0).getPattern()).isEqualTo("/api/**");
		assertThat(properties.getPaths().get(0).getFormat()).isEqualTo(ErrorFormat.JSON);
		assertThat(properties.getPaths().get(1).getTemplates()).isEqualTo("blog");
		assertThat(properties.getPaths().get(1).getFormat()).isNull();
	}

	@Test
	void bindWhenYamlMappingsAreBuiltShouldLetMostSpecificClassWin() throws IOException {
		ExceptionMappings mappings = ErrorsSettings.exceptionMappings(bind(yaml()), getClass().getClassLoader());
		assertThat(mappings.find(ConnectException.class).status()).isEqualTo(502);
		assertThat(mappings.find(SocketTimeoutException.class).status()).isEqualTo(503);
	}

	@Test
	void bindWhenPropertiesUseBracketKeysShouldKeepClassName() {
		ErrorsProperties properties = bind(
				new MapConfigurationPropertySource(Map.of("errors.exceptions.[java.io.IOException].status", "503")));
		assertThat(properties.getExceptions()).containsOnlyKeys("java.io.IOException");
		assertThat(properties.getExceptions().get("java.io.IOException").getStatus()).isEqualTo(503);
	}

	@Test
	void bindWhenKeyHasNoBracketsShouldNotYieldClassName() {
		ErrorsProperties properties = bind(
				new MapConfigurationPropertySource(Map.of("errors.exceptions.java.io.IOException.status", "503")));
		assertThat(properties.getExceptions()).doesNotContainKey("java.io.IOException");
	}

	@Test
	void bindWhenExceptionComesFromEnvironmentVariableShouldNotYieldClassName() {
		PropertySource<?> environment = new SystemEnvironmentPropertySource("env",
				Map.of("ERRORS_EXCEPTIONS_JAVA_IO_IOEXCEPTION_STATUS", "503"));
		ErrorsProperties properties = bind(ConfigurationPropertySources.from(environment).iterator().next());
		assertThat(properties.getExceptions()).doesNotContainKey("java.io.IOException");
	}

	@Test
	void bindWhenMappingHasNoStatusShouldDefaultToInternalServerError() {
		ErrorsProperties properties = bind(new MapConfigurationPropertySource(
				Map.of("errors.exceptions.[java.io.IOException].code", "IO_FAILED")));
		assertThat(properties.getExceptions().get("java.io.IOException").getStatus()).isEqualTo(500);
	}

	private static ConfigurationPropertySource yaml() throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
				new ByteArrayResource(YAML.getBytes(StandardCharsets.UTF_8)));
		return ConfigurationPropertySources.from(sources.get(0)).iterator().next();
	}

	private static ErrorsProperties bind(ConfigurationPropertySource source) {
		return new Binder(source).bindOrCreate("errors", Bindable.of(ErrorsProperties.class));
	}

}
