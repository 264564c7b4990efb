package io.github.errorstarter.report;

import io.github.errorstarter.pipeline.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs one line per error ({@code GET /path -> 500 INTERNAL_SERVER_ERROR}), with its references
 * ({@code traceId}, {@code requestId}) when there are any and the stack trace for 5xx errors
 * only. 5xx errors are logged at {@code ERROR}, 4xx at {@code DEBUG}, under the category
 * {@code io.github.errorstarter.errors}.
 *
 * @since 0.1.0
 */
public class LoggingErrorReporter implements ErrorReporter {

	/**
	 * The log category of error lines.
	 */
	public static final String CATEGORY = "io.github.errorstarter.errors";

	private final Log logger;

	/**
	 * Create a reporter logging to {@link #CATEGORY}.
	 */
	public LoggingErrorReporter() {
		this(LogFactory.getLog(CATEGORY));
	}

	LoggingErrorReporter(Log logger) {
		this.logger = logger;
	}

	@Override
	public void report(ErrorContext error) {
		ErrorDescription description = error.getDescription();
		if (description.isServerError()) {
			if (this.logger.isErrorEnabled()) {
				this.logger.error(line(error), error.getException());
			}
		}
		else if (this.logger.isDebugEnabled()) {
			this.logger.debug(line(error));
		}
	}

	private String line(ErrorContext error) {
		StringBuilder line = new StringBuilder(96).append(error.getMethod())
			.append(' ')
			.append(error.getPath())
			.append(" -> ")
			.append(error.getStatus())
			.append(' ')
			.append(error.getDescription().code());
		// the references (trace id, request id) let support find the line a user quotes
		error.getReferences().forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
		return line.toString();
	}

}
