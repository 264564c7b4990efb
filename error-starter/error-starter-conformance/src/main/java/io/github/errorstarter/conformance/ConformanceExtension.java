package io.github.errorstarter.conformance;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link RunningApp} parameters of {@link ConformanceTest} classes. Started apps
 * live in the root context's store, keyed by configuration, so the engine closes them
 * once every test has run.
 */
final class ConformanceExtension implements ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(ConformanceExtension.class);

	private static AppLauncher launcher;

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == RunningApp.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		AppConfiguration configuration = AnnotationSupport
			.findAnnotation(extensionContext.getRequiredTestClass(), ConformanceTest.class)
			.map(ConformanceTest::value)
			.orElseThrow(() -> new ExtensionConfigurationException(
					extensionContext.getRequiredTestClass() + " is not annotated with @ConformanceTest"));
		Store store = extensionContext.getRoot().getStore(NAMESPACE);
		return store.getOrComputeIfAbsent(configuration, StartedApp::start, StartedApp.class).app();
	}

	// looked up on first use, so that a missing registration fails the tests that need it
	private static synchronized AppLauncher launcher() {
		if (launcher == null) {
			List<AppLauncher> launchers = ServiceLoader.load(AppLauncher.class)
				.stream()
				.map(ServiceLoader.Provider::get)
				.toList();
			if (launchers.size() != 1) {
				throw new ExtensionConfigurationException("Expected one " + AppLauncher.class.getName()
						+ " in META-INF/services of the test class path, found " + launchers);
			}
			launcher = launchers.get(0);
		}
		return launcher;
	}

	/**
	 * A started app in the store: closed by JUnit at the end, whichever interface its
	 * version closes ({@code CloseableResource} until 5.12, {@code AutoCloseable} since).
	 */
	private record StartedApp(RunningApp app) implements Store.CloseableResource, AutoCloseable {

		static StartedApp start(AppConfiguration configuration) {
			try {
				return new StartedApp(launcher().launch(configuration.app(), configuration.properties()));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start " + configuration, ex);
			}
		}

		@Override
		public void close() throws Exception {
			this.app.close();
		}

	}

}
