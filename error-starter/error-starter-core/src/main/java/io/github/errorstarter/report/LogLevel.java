package io.github.errorstarter.report;

import org.apache.commons.logging.Log;

import org.springframework.lang.Nullable;

/**
 * The level an error line is logged at, {@link #OFF} to log none. The same names as
 * Spring Boot's {@code LogLevel}, so {@code errors.logging.*} settings read as Boot's own
 * {@code logging.level.*} do, without the core depending on Spring Boot.
 *
 * @since 0.1.0
 */
public enum LogLevel {

	/**
	 * The {@code TRACE} level.
	 */
	TRACE,

	/**
	 * The {@code DEBUG} level.
	 */
	DEBUG,

	/**
	 * The {@code INFO} level.
	 */
	INFO,

	/**
	 * The {@code WARN} level.
	 */
	WARN,

	/**
	 * The {@code ERROR} level.
	 */
	ERROR,

	/**
	 * The {@code FATAL} level.
	 */
	FATAL,

	/**
	 * No line at all.
	 */
	OFF;

	/**
	 * Return whether the given log writes at this level.
	 * @param log the log
	 * @return {@code true} if a message at this level would be written
	 */
	public boolean isEnabled(Log log) {
		return switch (this) {
			case TRACE -> log.isTraceEnabled();
			case DEBUG -> log.isDebugEnabled();
			case INFO -> log.isInfoEnabled();
			case WARN -> log.isWarnEnabled();
			case ERROR -> log.isErrorEnabled();
			case FATAL -> log.isFatalEnabled();
			case OFF -> false;
		};
	}

	/**
	 * Log a message at this level.
	 * @param log the log
	 * @param message the message
	 */
	public void log(Log log, Object message) {
		log(log, message, null);
	}

	/**
	 * Log a message and an exception at this level.
	 * @param log the log
	 * @param message the message
	 * @param cause the exception, may be {@code null}
	 */
	public void log(Log log, Object message, @Nullable Throwable cause) {
		switch (this) {
			case TRACE -> log.trace(message, cause);
			case DEBUG -> log.debug(message, cause);
			case INFO -> log.info(message, cause);
			case WARN -> log.warn(message, cause);
			case ERROR -> log.error(message, cause);
			case FATAL -> log.fatal(message, cause);
			case OFF -> {
			}
		}
	}

}
