package io.github.errorstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.render.ErrorFormat;
import io.github.errorstarter.report.ErrorLogLevels;
import io.github.errorstarter.report.LogLevel;
import io.github.errorstarter.resolve.IncludeMessage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * Settings of error-starter, under the {@code errors} prefix.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("errors")
public class ErrorsProperties {

	/**
	 * Whether to handle errors with error-starter. When disabled, Spring Boot's own error
	 * handling applies, untouched.
	 */
	private boolean enabled = true;

	/**
	 * Base URI of problem types. When set, the type of each problem is this URI followed
	 * by its code in kebab case (https://example.com/problems/ gives
	 * https://example.com/problems/not-found); when not set, "about:blank".
	 */
	@Nullable
	private URI typeBaseUri;

	/**
	 * Format of errors for clients that accept any media type or send no Accept header.
	 */
	private ErrorFormat defaultFormat = ErrorFormat.JSON;

	/**
	 * When to show the exception message (or the detail an exception carries) to the
	 * client. Other errors get a generic detail.
	 */
	private IncludeMessage includeMessage = IncludeMessage.CLIENT_ERRORS;

	/**
	 * Whether to include stack traces in problem bodies and pages. For development only.
	 */
	private boolean includeStacktrace;

	/**
	 * Exceptions mapped to a status and, optionally, a code, type, title and detail,
	 * keyed by fully qualified class name in brackets ("[java.io.IOException]"). A
	 * mapping covers the subclasses of its class; the most specific mapped class wins.
	 */
	private Map<String, ExceptionMappingProperties> exceptions = new LinkedHashMap<>();

	/**
	 * Rules by request path, first match wins: the format errors under a path pattern
	 * always get, and the template folder their pages come from.
	 */
	private List<PathRuleProperties> paths = new ArrayList<>();

	/**
	 * Logging of errors: levels, quiet paths and storm control.
	 */
	private final Logging logging = new Logging();

	/**
	 * Reporting of errors to Sentry.
	 */
	private final Sentry sentry = new Sentry();

	/**
	 * The errors in the application's OpenAPI documents, when springdoc-openapi is on the
	 * class path.
	 */
	private final Openapi openapi = new Openapi();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	@Nullable
	public URI getTypeBaseUri() {
		return this.typeBaseUri;
	}

	public void setTypeBaseUri(@Nullable URI typeBaseUri) {
		this.typeBaseUri = typeBaseUri;
	}

	public ErrorFormat getDefaultFormat() {
		return this.defaultFormat;
	}

	public void setDefaultFormat(ErrorFormat defaultFormat) {
		this.defaultFormat = defaultFormat;
	}

	public IncludeMessage getIncludeMessage() {
		return this.includeMessage;
	}

	public void setIncludeMessage(IncludeMessage includeMessage) {
		this.includeMessage = includeMessage;
	}

	public boolean isIncludeStacktrace() {
		return this.includeStacktrace;
	}

	public void setIncludeStacktrace(boolean includeStacktrace) {
		this.includeStacktrace = includeStacktrace;
	}

	public Map<String, ExceptionMappingProperties> getExceptions() {
		return this.exceptions;
	}

	public void setExceptions(Map<String, ExceptionMappingProperties> exceptions) {
		this.exceptions = exceptions;
	}

	public List<PathRuleProperties> getPaths() {
		return this.paths;
	}

	public void setPaths(List<PathRuleProperties> paths) {
		this.paths = paths;
	}

	public Logging getLogging() {
		return this.logging;
	}

	public Sentry getSentry() {
		return this.sentry;
	}

	public Openapi getOpenapi() {
		return this.openapi;
	}

	/**
	 * How one exception class is described.
	 */
	public static class ExceptionMappingProperties {

		/**
		 * HTTP status, from 400 to 599; codes without a name, such as 599, work too.
		 */
		private int status = 500;

		/**
		 * Stable error code. Derived from the class name when not set
		 * (UserNotFoundException gives USER_NOT_FOUND).
		 */
		@Nullable
		private String code;

		/**
		 * Problem type URI.
		 */
		@Nullable
		private URI type;

		/**
		 * Title. Looked up in the message source when not set.
		 */
		@Nullable
		private String title;

		/**
		 * Fixed detail that replaces the exception message; shown for 5xx errors too.
		 */
		@Nullable
		private String detail;

		public int getStatus() {
			return this.status;
		}

		public void setStatus(int status) {
			this.status = status;
		}

		@Nullable
		public String getCode() {
			return this.code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		@Nullable
		public URI getType() {
			return this.type;
		}

		public void setType(@Nullable URI type) {
			this.type = type;
		}

		@Nullable
		public String getTitle() {
			return this.title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title;
		}

		@Nullable
		public String getDetail() {
			return this.detail;
		}

		public void setDetail(@Nullable String detail) {
			this.detail = detail;
		}

	}

	/**
	 * How errors under one path pattern are rendered.
	 */
	public static class PathRuleProperties {

		/**
		 * Path pattern, in Spring's PathPattern syntax, such as /api/**.
		 */
		@Nullable
		private String pattern;

		/**
		 * Format errors under the pattern always get. Negotiated from the Accept header
		 * when not set.
		 */
		@Nullable
		private ErrorFormat format;

		/**
		 * Template folder searched first for pages of errors under the pattern: "blog"
		 * tries blog/error/404 before error/404.
		 */
		@Nullable
		private String templates;

		@Nullable
		public String getPattern() {
			return this.pattern;
		}

		public void setPattern(@Nullable String pattern) {
			this.pattern = pattern;
		}

		@Nullable
		public ErrorFormat getFormat() {
			return this.format;
		}

		public void setFormat(@Nullable ErrorFormat format) {
			this.format = format;
		}

		@Nullable
		public String getTemplates() {
			return this.templates;
		}

		public void setTemplates(@Nullable String templates) {
			this.templates = templates;
		}

	}

	/**
	 * How errors are logged.
	 */
	public static class Logging {

		/**
		 * Level of server errors (5xx).
		 */
		private LogLevel serverErrorLevel = LogLevel.ERROR;

		/**
		 * Level of client errors (4xx).
		 */
		private LogLevel clientErrorLevel = LogLevel.INFO;

		/**
		 * Levels by fully qualified exception class name in brackets
		 * ("[java.io.IOException]"), covering subclasses; the most specific class wins
		 * over the levels of the status series.
		 */
		private Map<String, LogLevel> exceptionLevels = new LinkedHashMap<>();

		/**
		 * Path patterns whose client errors are noise, such as requests browsers make on
		 * their own for /favicon.ico.
		 */
		private List<String> quietPaths = new ArrayList<>(ErrorLogLevels.DEFAULT_QUIET_PATHS);

		/**
		 * Level of client errors on quiet paths.
		 */
		private LogLevel quietLevel = LogLevel.DEBUG;

		/**
		 * How long after logging a stack trace the same stack (exception class and throw
		 * site) is logged as one line with a count of repeats. Zero logs every stack
		 * trace.
		 */
		private Duration repeatWindow = Duration.ofMinutes(1);

		/**
		 * Errors of one kind (status, code, method and route) logged one by one per
		 * repeat window; the rest of the window is written as summary lines that count
		 * them and carry their references. Zero logs every error's line.
		 */
		private int linesPerWindow = 10;

		/**
		 * References (request id, trace id, event id, with method and path) a summary
		 * line carries at most.
		 */
		private int referencesPerLine = 50;

		public LogLevel getServerErrorLevel() {
			return this.serverErrorLevel;
		}

		public void setServerErrorLevel(LogLevel serverErrorLevel) {
			this.serverErrorLevel = serverErrorLevel;
		}

		public LogLevel getClientErrorLevel() {
			return this.clientErrorLevel;
		}

		public void setClientErrorLevel(LogLevel clientErrorLevel) {
			this.clientErrorLevel = clientErrorLevel;
		}

		public Map<String, LogLevel> getExceptionLevels() {
			return this.exceptionLevels;
		}

		public void setExceptionLevels(Map<String, LogLevel> exceptionLevels) {
			this.exceptionLevels = exceptionLevels;
		}

		public List<String> getQuietPaths() {
			return this.quietPaths;
		}

		public void setQuietPaths(List<String> quietPaths) {
			this.quietPaths = quietPaths;
		}

		public LogLevel getQuietLevel() {
			return this.quietLevel;
		}

		public void setQuietLevel(LogLevel quietLevel) {
			this.quietLevel = quietLevel;
		}

		public Duration getRepeatWindow() {
			return this.repeatWindow;
		}

		public void setRepeatWindow(Duration repeatWindow) {
			this.repeatWindow = repeatWindow;
		}

		public int getLinesPerWindow() {
			return this.linesPerWindow;
		}

		public void setLinesPerWindow(int linesPerWindow) {
			this.linesPerWindow = linesPerWindow;
		}

		public int getReferencesPerLine() {
			return this.referencesPerLine;
		}

		public void setReferencesPerLine(int referencesPerLine) {
			this.referencesPerLine = referencesPerLine;
		}

	}

	/**
	 * How errors are reported to Sentry, when Sentry is on the class path and has a DSN.
	 */
	public static class Sentry {

		/**
		 * Whether to report errors to Sentry.
		 */
		private boolean enabled = true;

		/**
		 * Lowest HTTP status reported to Sentry.
		 */
		private int minimumStatus = 500;

		/**
		 * Fully qualified names of exception classes never reported to Sentry, subclasses
		 * included.
		 */
		private List<String> ignoredExceptions = new ArrayList<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMinimumStatus() {
			return this.minimumStatus;
		}

		public void setMinimumStatus(int minimumStatus) {
			this.minimumStatus = minimumStatus;
		}

		public List<String> getIgnoredExceptions() {
			return this.ignoredExceptions;
		}

		public void setIgnoredExceptions(List<String> ignoredExceptions) {
			this.ignoredExceptions = ignoredExceptions;
		}

	}

	/**
	 * How errors are documented in the OpenAPI documents springdoc-openapi serves.
	 */
	public static class Openapi {

		/**
		 * Whether to add the Problem schema and the problem responses (500, 400, 404,
		 * 401/403 and the statuses of declared exceptions) to every operation.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
