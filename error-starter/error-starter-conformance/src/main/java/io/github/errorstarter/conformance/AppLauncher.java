package io.github.errorstarter.conformance;

import java.util.Map;

/**
 * Starts the test apps of one Boot line and web stack; the suite finds it with
 * {@link java.util.ServiceLoader} (register the implementation in
 * {@code META-INF/services/io.github.errorstarter.conformance.AppLauncher} of the line's
 * test resources). Exactly one launcher may be on the test class path.
 *
 * @since 0.1.0
 */
public interface AppLauncher {

	/**
	 * Start the given app with the given properties on a random port of 127.0.0.1, and
	 * return once it serves requests.
	 * @param app the app to start
	 * @param properties the properties it runs with, which win over any other property
	 * source
	 * @return the running app, which the suite closes when every test has run
	 * @throws Exception if the app does not start
	 */
	RunningApp launch(TestApp app, Map<String, String> properties) throws Exception;

}
