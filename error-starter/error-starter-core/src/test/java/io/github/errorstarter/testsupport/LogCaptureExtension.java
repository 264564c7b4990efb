package io.github.errorstarter.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.LoggerFactory;

/**
 * Captures what is logged during each test and hands it to test methods as a
 * {@link CapturedLogs} parameter.
 */
public final class LogCaptureExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(LogCaptureExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		CapturingAppender appender = new CapturingAppender();
		appender.start();
		root().addAppender(appender);
		context.getStore(NAMESPACE).put(CapturingAppender.class, appender);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		CapturingAppender appender = context.getStore(NAMESPACE)
			.remove(CapturingAppender.class, CapturingAppender.class);
		if (appender != null) {
			root().detachAppender(appender);
			appender.stop();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == CapturedLogs.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		CapturingAppender appender = extensionContext.getStore(NAMESPACE)
			.get(CapturingAppender.class, CapturingAppender.class);
		return new CapturedLogs(appender.events);
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	private static final class CapturingAppender extends AppenderBase<ILoggingEvent> {

		private final List<ILoggingEvent> events = Collections.synchronizedList(new ArrayList<>());

		@Override
		protected void append(ILoggingEvent event) {
			this.events.add(event);
		}

	}

}
