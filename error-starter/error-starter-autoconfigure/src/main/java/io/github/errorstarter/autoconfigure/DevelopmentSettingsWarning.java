package io.github.errorstarter.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.errorstarter.resolve.IncludeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * Warns once at startup when settings meant for development expose internals to every
 * client: stack traces, or the messages of server errors. Such settings are easy to leave
 * on by accident, so the log says so plainly.
 *
 * @since 0.1.0
 */
public final class DevelopmentSettingsWarning implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(DevelopmentSettingsWarning.class);

	private final boolean includeStacktrace;

	private final IncludeMessage includeMessage;

	/**
	 * Create a warning for the given settings.
	 * @param includeStacktrace whether stack traces are sent to clients
	 * @param includeMessage when exception messages are sent to clients
	 */
	public DevelopmentSettingsWarning(boolean includeStacktrace, IncludeMessage includeMessage) {
		Assert.notNull(includeMessage, "'includeMessage' must not be null");
		this.includeStacktrace = includeStacktrace;
		this.includeMessage = includeMessage;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String warning = warning();
		if (warning != null) {
			logger.warn(warning);
		}
	}

	/**
	 * Return the warning for the settings.
	 * @return the warning, or {@code null} when nothing is exposed
	 */
	@Nullable
	String warning() {
		List<String> exposed = new ArrayList<>(2);
		if (this.includeStacktrace) {
			exposed.add("stack traces (errors.include-stacktrace=true)");
		}
		if (this.includeMessage.allows(true)) {
			exposed.add("the messages of server errors (errors.include-message=always)");
		}
		if (exposed.isEmpty()) {
			return null;
		}
		return "Development mode of error-starter is ON: error responses show " + String.join(" and ", exposed)
				+ " to every client. They may reveal secrets and internals: never enable this in production.";
	}

}
