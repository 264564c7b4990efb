package io.github.errorstarter.autoconfigure;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.autoconfigure.ErrorsProperties.ExceptionMappingProperties;
import io.github.errorstarter.render.PathRule;
import io.github.errorstarter.report.ErrorLogLevels;
import io.github.errorstarter.report.LogLevel;
import io.github.errorstarter.report.RepeatedLines;
import io.github.errorstarter.resolve.ExceptionClasses;
import io.github.errorstarter.resolve.ExceptionMapping;
import io.github.errorstarter.resolve.ExceptionMappings;

/**
 * Turns {@link ErrorsProperties} into the pipeline's own types, failing at startup, with
 * the property's name, when a setting is invalid.
 */
final class ErrorsSettings {

	private ErrorsSettings() {
	}

	static ExceptionMappings exceptionMappings(ErrorsProperties properties, ClassLoader classLoader) {
		Map<String, ExceptionMapping> byClassName = new LinkedHashMap<>();
		properties.getExceptions().forEach((name, mapping) -> byClassName.put(name, toMapping(mapping)));
		return ExceptionMappings.fromClassNames(byClassName, classLoader, "errors.exceptions");
	}

	static List<PathRule> pathRules(ErrorsProperties properties) {
		return properties.getPaths().stream().map(ErrorsSettings::toPathRule).toList();
	}

	static ErrorLogLevels logLevels(ErrorsProperties.Logging logging, ClassLoader classLoader) {
		Map<Class<? extends Throwable>, LogLevel> byClass = new LinkedHashMap<>();
		logging.getExceptionLevels()
			.forEach((name, level) -> byClass
				.put(ExceptionClasses.load(name, classLoader, "errors.logging.exception-levels"), level));
		try {
			return new ErrorLogLevels(logging.getServerErrorLevel(), logging.getClientErrorLevel(), byClass,
					logging.getQuietPaths(), logging.getQuietLevel());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("errors.logging.quiet-paths: invalid pattern in " + logging.getQuietPaths(),
					ex);
		}
	}

	static RepeatedLines repeatedLines(ErrorsProperties.Logging logging) {
		if (logging.getLinesPerWindow() < 0) {
			throw new IllegalArgumentException("errors.logging.lines-per-window must be zero or more, but was "
					+ logging.getLinesPerWindow() + " (0 logs every error's line)");
		}
		if (logging.getReferencesPerLine() < 1) {
			throw new IllegalArgumentException(
					"errors.logging.references-per-line must be 1 or more, but was " + logging.getReferencesPerLine());
		}
		return new RepeatedLines(logging.getRepeatWindow(), logging.getLinesPerWindow(), logging.getReferencesPerLine(),
				Clock.systemUTC());
	}

	private static ExceptionMapping toMapping(ExceptionMappingProperties mapping) {
		return new ExceptionMapping(mapping.getStatus(), mapping.getCode(), mapping.getType(), mapping.getTitle(),
				mapping.getDetail());
	}

	private static PathRule toPathRule(ErrorsProperties.PathRuleProperties rule) {
		if (rule.getPattern() == null || rule.getPattern().isBlank()) {
			throw new IllegalStateException("errors.paths: every rule needs a 'pattern', such as /api/**");
		}
		try {
			return PathRule.of(rule.getPattern(), rule.getFormat(), rule.getTemplates());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("errors.paths: invalid pattern '" + rule.getPattern() + "'", ex);
		}
	}

}
