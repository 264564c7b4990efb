package io.github.errorstarter.render;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.springframework.lang.Nullable;

/**
 * Formats stack traces for problem bodies and pages, only when they are switched on,
 * which is meant for development.
 *
 * @since 0.1.0
 */
public final class StackTraces {

	private final boolean include;

	/**
	 * Create an instance.
	 * @param include whether stack traces are included
	 */
	public StackTraces(boolean include) {
		this.include = include;
	}

	/**
	 * Whether stack traces are included.
	 * @return {@code true} if they are
	 */
	public boolean isIncluded() {
		return this.include;
	}

	/**
	 * Format the stack trace of an exception.
	 * @param exception the exception, may be {@code null}
	 * @return the stack trace, or {@code null} when switched off or there is no exception
	 */
	@Nullable
	public String format(@Nullable Throwable exception) {
		if (!this.include || exception == null) {
			return null;
		}
		StringWriter trace = new StringWriter();
		exception.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

}
