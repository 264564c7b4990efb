package io.github.errorstarter.report;

import java.util.List;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ExceptionClasses;

import org.springframework.http.server.PathContainer;
import org.springframework.util.Assert;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides the level an error is logged at. First match wins: the level of the most
 * specific exception class configured, then the quiet level for client errors (4xx) on
 * noisy paths such as {@code /favicon.ico}, then the level of the status series.
 *
 * @since 0.1.0
 */
public final class ErrorLogLevels {

	/**
	 * Paths that browsers, crawlers and scanners ask for on their own, whose 4xx are
	 * noise.
	 */
	public static final List<String> DEFAULT_QUIET_PATHS = List.of("/favicon.ico", "/robots.txt", "/apple-touch-icon*",
			"/sitemap.xml", "/ads.txt", "/browserconfig.xml", "/.well-known/**");

	private final LogLevel serverErrorLevel;

	private final LogLevel clientErrorLevel;

	private final Map<Class<? extends Throwable>, LogLevel> exceptionLevels;

	private final List<PathPattern> quietPaths;

	private final LogLevel quietLevel;

	/**
	 * Create levels.
	 * @param serverErrorLevel the level of 5xx errors
	 * @param clientErrorLevel the level of 4xx errors
	 * @param exceptionLevels levels by exception class, covering subclasses
	 * @param quietPaths path patterns whose 4xx errors are logged at the quiet level
	 * @param quietLevel the level of 4xx errors on quiet paths
	 */
	public ErrorLogLevels(LogLevel serverErrorLevel, LogLevel clientErrorLevel,
			Map<Class<? extends Throwable>, LogLevel> exceptionLevels, List<String> quietPaths, LogLevel quietLevel) {
		Assert.notNull(serverErrorLevel, "'serverErrorLevel' must not be null");
		Assert.notNull(clientErrorLevel, "'clientErrorLevel' must not be null");
		Assert.notNull(exceptionLevels, "'exceptionLevels' must not be null");
		Assert.notNull(quietPaths, "'quietPaths' must not be null");
		Assert.notNull(quietLevel, "'quietLevel' must not be null");
		this.serverErrorLevel = serverErrorLevel;
		this.clientErrorLevel = clientErrorLevel;
		this.exceptionLevels = Map.copyOf(exceptionLevels);
		this.quietPaths = quietPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.quietLevel = quietLevel;
	}

	/**
	 * Return the defaults: 5xx at {@code ERROR}, 4xx at {@code INFO}, 4xx on the
	 * {@link #DEFAULT_QUIET_PATHS} at {@code DEBUG}.
	 * @return the default levels
	 */
	public static ErrorLogLevels defaults() {
		return new ErrorLogLevels(LogLevel.ERROR, LogLevel.INFO, Map.of(), DEFAULT_QUIET_PATHS, LogLevel.DEBUG);
	}

	/**
	 * Return the level to log the given error at.
	 * @param error the error
	 * @return the level, {@link LogLevel#OFF} to log nothing
	 */
	public LogLevel levelFor(ErrorContext error) {
		Throwable exception = error.getException();
		LogLevel byClass = (exception != null)
				? ExceptionClasses.findMostSpecific(this.exceptionLevels, exception.getClass()) : null;
		if (byClass != null) {
			return byClass;
		}
		if (error.getDescription().isServerError()) {
			return this.serverErrorLevel;
		}
		return isQuiet(error.getPath()) ? this.quietLevel : this.clientErrorLevel;
	}

	private boolean isQuiet(String path) {
		if (this.quietPaths.isEmpty()) {
			return false;
		}
		PathContainer container = PathContainer.parsePath(path);
		return this.quietPaths.stream().anyMatch((pattern) -> pattern.matches(container));
	}

}
