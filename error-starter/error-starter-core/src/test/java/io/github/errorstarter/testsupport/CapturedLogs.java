package io.github.errorstarter.testsupport;

import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;

/**
 * What was logged during a test, one line per event ({@code LEVEL logger : message}),
 * each followed by its stack trace, if any. Tests of the core read what commons-logging
 * wrote (through SLF4J to Logback) without Spring Boot's output capture.
 */
public final class CapturedLogs implements CharSequence {

	private final List<ILoggingEvent> events;

	CapturedLogs(List<ILoggingEvent> events) {
		this.events = events;
	}

	@Override
	public int length() {
		return toString().length();
	}

	@Override
	public char charAt(int index) {
		return toString().charAt(index);
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		return toString().subSequence(start, end);
	}

	@Override
	public String toString() {
		StringBuilder logs = new StringBuilder();
		synchronized (this.events) {
			for (ILoggingEvent event : this.events) {
				logs.append(event.getLevel())
					.append(' ')
					.append(event.getLoggerName())
					.append(" : ")
					.append(event.getFormattedMessage())
					.append('\n');
				IThrowableProxy throwable = event.getThrowableProxy();
				if (throwable != null) {
					logs.append(ThrowableProxyUtil.asString(throwable)).append('\n');
				}
			}
		}
		return logs.toString();
	}

}
