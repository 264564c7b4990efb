package io.github.errorstarter.report;

import java.util.List;

import io.github.errorstarter.context.ErrorContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Calls every {@link ErrorReporter} in turn, so that one failing reporter neither stops
 * the others nor reaches the response.
 *
 * @since 0.1.0
 */
public final class CompositeErrorReporter implements ErrorReporter {

	private static final Log logger = LogFactory.getLog(CompositeErrorReporter.class);

	private final List<ErrorReporter> reporters;

	/**
	 * Create a composite of the given reporters.
	 * @param reporters the reporters, in the order to call them
	 */
	public CompositeErrorReporter(List<ErrorReporter> reporters) {
		Assert.notNull(reporters, "'reporters' must not be null");
		this.reporters = List.copyOf(reporters);
	}

	@Override
	public void report(ErrorContext error) {
		for (ErrorReporter reporter : this.reporters) {
			try {
				reporter.report(error);
			}
			catch (RuntimeException | LinkageError ex) {
				logger.warn("Error reporter " + reporter.getClass().getName() + " failed for " + error.getMethod() + " "
						+ error.getPath() + ": " + ex);
			}
		}
	}

}
