package io.github.errorstarter.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.github.errorstarter.autoconfigure.ErrorsProperties.ExceptionMappingProperties;
import io.github.errorstarter.autoconfigure.ErrorsProperties.PathRuleProperties;
import io.github.errorstarter.render.ErrorFormat;
import io.github.errorstarter.render.PathRule;
import io.github.errorstarter.report.LogLevel;
import io.github.errorstarter.resolve.ExceptionMapping;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ErrorsSettings}.
 */
class ErrorsSettingsTests {

	private final ErrorsProperties properties = new ErrorsProperties();

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void exceptionMappingsShouldCarryEveryMember() {
		ExceptionMappingProperties mapping = new ExceptionMappingProperties();
		mapping.setStatus(503);
		mapping.setCode("UPSTREAM_DOWN");
		mapping.setType(URI.create("https://example.com/probs/upstream"));
		mapping.setTitle("Upstream down");
		mapping.setDetail("Payments are down");
		this.properties.getExceptions().put("java.io.IOException", mapping);
		assertThat(ErrorsSettings.exceptionMappings(this.properties, this.classLoader).find(IOException.class))
			.isEqualTo(new ExceptionMapping(503, "UPSTREAM_DOWN", URI.create("https://example.com/probs/upstream"),
					"Upstream down", "Payments are down"));
	}

	@Test
	void exceptionMappingsWhenClassIsUnknownShouldFailNamingProperty() {
		this.properties.getExceptions().put("com.example.Missing", new ExceptionMappingProperties());
		assertThatIllegalStateException()
			.isThrownBy(() -> ErrorsSettings.exceptionMappings(this.properties, this.classLoader))
			.withMessageContaining("'com.example.Missing' in errors.exceptions");
	}

	@Test
	void pathRulesShouldKeepOrderFormatAndFolder() {
		this.properties.getPaths().add(pathRule("/api/**", ErrorFormat.JSON, null));
		this.properties.getPaths().add(pathRule("/blog/**", null, "blog"));
		List<PathRule> rules = ErrorsSettings.pathRules(this.properties);
		assertThat(rules)
			.extracting((rule) -> rule.pattern().getPatternString(), PathRule::format, PathRule::templateFolder)
			.containsExactly(tuple("/api/**", ErrorFormat.JSON, null), tuple("/blog/**", null, "blog"));
	}

	@Test
	void pathRulesWhenPatternIsMissingShouldFailNamingProperty() {
		this.properties.getPaths().add(pathRule(" ", ErrorFormat.JSON, null));
		assertThatIllegalStateException().isThrownBy(() -> ErrorsSettings.pathRules(this.properties))
			.withMessageContaining("errors.paths")
			.withMessageContaining("'pattern'");
	}

	@Test
	void pathRulesWhenPatternIsInvalidShouldFailNamingPropertyAndPattern() {
		this.properties.getPaths().add(pathRule("/api/**/orders", ErrorFormat.JSON, null));
		assertThatIllegalStateException().isThrownBy(() -> ErrorsSettings.pathRules(this.properties))
			.withMessageContaining("errors.paths: invalid pattern '/api/**/orders'");
	}

	@Test
	void logLevelsWhenExceptionClassIsUnknownShouldFailNamingProperty() {
		this.properties.getLogging().getExceptionLevels().put("com.example.Missing", LogLevel.WARN);
		assertThatIllegalStateException()
			.isThrownBy(() -> ErrorsSettings.logLevels(this.properties.getLogging(), this.classLoader))
			.withMessageContaining("com.example.Missing")
			.withMessageContaining("errors.logging.exception-levels");
	}

	@Test
	void logLevelsWhenQuietPathIsInvalidShouldFailNamingProperty() {
		this.properties.getLogging().setQuietPaths(List.of("/assets/{unclosed"));
		assertThatIllegalStateException()
			.isThrownBy(() -> ErrorsSettings.logLevels(this.properties.getLogging(), this.classLoader))
			.withMessageContaining("errors.logging.quiet-paths");
	}

	private static PathRuleProperties pathRule(String pattern, ErrorFormat format, String templates) {
		PathRuleProperties rule = new PathRuleProperties();
		rule.setPattern(pattern);
		rule.setFormat(format);
		rule.setTemplates(templates);
		return rule;
	}

}
