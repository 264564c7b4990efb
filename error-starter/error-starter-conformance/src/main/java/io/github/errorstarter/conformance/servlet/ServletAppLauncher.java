package io.github.errorstarter.conformance.servlet;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.conformance.AppLauncher;
import io.github.errorstarter.conformance.RunningApp;
import io.github.errorstarter.conformance.TestApp;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@link AppLauncher} of the servlet stack: starts this package's apps with
 * {@link SpringApplicationBuilder} on the embedded server of the Boot line on the class
 * path. A Boot line registers it (or a subclass) in
 * {@code META-INF/services/io.github.errorstarter.conformance.AppLauncher} of its test
 * resources.
 *
 * @since 0.1.0
 */
public class ServletAppLauncher implements AppLauncher {

	@Override
	public RunningApp launch(TestApp app, Map<String, String> properties) {
		// command-line arguments win over any application.properties of the line
		List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=0"));
		properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		Class<?> applicationClass = applicationClass(app);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(applicationClass).main(applicationClass)
			.web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new));
		// not WebServerApplicationContext: its package differs between Boot lines
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return new RunningApp(URI.create("http://127.0.0.1:" + port), context::close);
	}

	/**
	 * Return the application class of the given app.
	 * @param app the app
	 * @return its {@code @SpringBootConfiguration} class
	 */
	protected Class<?> applicationClass(TestApp app) {
		return switch (app) {
			case SCENARIOS -> ScenarioApplication.class;
			case TEMPLATE_CHAIN -> TemplateChainApplication.class;
			case HARDENING -> HardeningApplication.class;
			case OPENAPI -> OpenApiApplication.class;
		};
	}

}
