package io.github.errorstarter.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.conformance.app.ScenarioExceptions.IgnoredException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.QuietException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.UnusualStatusException;
import io.github.errorstarter.test.sentry.FakeSentryServer;

/**
 * The configurations the suite runs against: a {@link TestApp} and the properties it runs
 * with. Kept few on purpose, since each one is an app to start: suite classes that can
 * share one do. Except for the template chain, the apps take their templates from
 * {@code classpath:/conformance/templates/} only, never from the {@code templates/} of
 * the line that runs them.
 *
 * @since 0.1.0
 */
public enum AppConfiguration {

	/**
	 * The scenarios app as most suite classes need it: exceptions mapped in properties
	 * only (one in YAML, {@code conformance/scenarios.yml}), a JSON-only {@code /api/**},
	 * the README's example template under {@code /readme/**} and an app's own template
	 * under {@code /shop/**}, the app's own messages (German texts, one English text
	 * overridden), one exception class whose log level is off, and Actuator's
	 * {@code beans} and {@code metrics} endpoints.
	 */
	SCENARIOS(TestApp.SCENARIOS, false, Properties.SCENARIOS),

	/**
	 * The scenarios app with storm control for lines as a storm meets it: three lines of
	 * a kind per window of two seconds, summaries of twenty references.
	 */
	LOG_STORM(TestApp.SCENARIOS, false,
			List.of(Properties.TEMPLATES, "errors.logging.repeat-window=2s", "errors.logging.lines-per-window=3",
					"errors.logging.references-per-line=20")),

	/**
	 * The scenarios app with {@code errors.enabled=false}: Spring Boot's own error
	 * handling.
	 */
	ERRORS_DISABLED(TestApp.SCENARIOS, false, List.of(Properties.TEMPLATES, "errors.enabled=false")),

	/**
	 * The template-chain app, its templates under
	 * {@code classpath:/conformance/pages-chain/} and a path rule per folder.
	 */
	TEMPLATE_CHAIN(TestApp.TEMPLATE_CHAIN, false,
			List.of("spring.thymeleaf.prefix=classpath:/conformance/pages-chain/", "errors.paths[0].pattern=/blog/**",
					"errors.paths[0].templates=blog", "errors.paths[1].pattern=/broken-syntax/**",
					"errors.paths[1].templates=broken-syntax", "errors.paths[2].pattern=/broken-fragment/**",
					"errors.paths[2].templates=broken-fragment", "errors.paths[3].pattern=/broken-expression/**",
					"errors.paths[3].templates=/broken-expression/")),

	/**
	 * {@link #SCENARIOS} with the real Sentry SDK and transport sending to the
	 * {@link FakeSentryServer}, and one exception class (with its subclasses) the bridge
	 * ignores.
	 */
	SENTRY(TestApp.SCENARIOS, true, Properties.SENTRY),

	/**
	 * {@link #SENTRY} with {@code errors.sentry.enabled=false}. The app keeps the
	 * bridge's event processors ({@code conformance.sentry.bridge-event-processors}): it
	 * re-initializes the JVM-wide Sentry SDK, and the other Sentry apps rely on them.
	 */
	SENTRY_BRIDGE_DISABLED(TestApp.SCENARIOS, true,
			Properties.with(Properties.SENTRY, "errors.sentry.enabled=false",
					"conformance.sentry.bridge-event-processors=true")),

	/**
	 * {@link #SENTRY} with Sentry's own exception resolver ordered before the starter's
	 * advice.
	 */
	SENTRY_RESOLVER_FIRST(TestApp.SCENARIOS, true,
			Properties.with(Properties.SENTRY, "sentry.exception-resolver-order=-1")),

	/**
	 * The hardening app: the broken template under {@code /broken-page/**}, and the
	 * per-error log lines off (thousands of 5xx stack traces would only flood the build
	 * log; the error path's own failure logs stay on).
	 */
	HARDENING(TestApp.HARDENING, false,
			List.of(Properties.TEMPLATES, "errors.paths[0].pattern=/broken-page/**",
					"errors.paths[0].templates=hardening-broken", "logging.level.io.github.errorstarter.errors=off")),

	/**
	 * The OpenAPI app, one exception of its throws clauses mapped in properties.
	 */
	OPENAPI(TestApp.OPENAPI, false, List.of(Properties.TEMPLATES,
			"errors.exceptions.[io.github.errorstarter.conformance.servlet.OpenApiApplication$OutOfStockException].status=422",
			"errors.exceptions.[io.github.errorstarter.conformance.servlet.OpenApiApplication$OutOfStockException].code=OUT_OF_STOCK"));

	private final TestApp app;

	private final boolean fakeSentry;

	private final List<String> properties;

	AppConfiguration(TestApp app, boolean fakeSentry, List<String> properties) {
		this.app = app;
		this.fakeSentry = fakeSentry;
		this.properties = properties;
	}

	/**
	 * Return the app this configuration runs.
	 * @return the app
	 */
	public TestApp app() {
		return this.app;
	}

	/**
	 * Return the properties the app runs with; with Sentry, {@code sentry.dsn} points at
	 * the {@link FakeSentryServer} of this JVM.
	 * @return the properties, by name
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String property : this.properties) {
			int separator = property.indexOf('=');
			properties.put(property.substring(0, separator), property.substring(separator + 1));
		}
		if (this.fakeSentry) {
			properties.put("sentry.dsn", FakeSentryServer.INSTANCE.dsn());
		}
		return Collections.unmodifiableMap(properties);
	}

	// a holder, since an enum's constants cannot use its own static fields
	private static final class Properties {

		// the suite's own templates only, whatever templates the line's test class path
		// holds (such as an error/404.html of its own)
		static final String TEMPLATES = "spring.thymeleaf.prefix=classpath:/conformance/templates/";

		// the suites share one app and send it the same request from many tests, each
		// asserting on its line: storm control for lines has an app of its own
		static final List<String> SCENARIOS = List.of(TEMPLATES, "errors.logging.lines-per-window=0",
				"errors.exceptions.[java.io.IOException].status=503",
				"errors.exceptions.[java.net.ConnectException].status=502",
				"spring.config.import=classpath:/conformance/scenarios.yml",
				"errors.exceptions.[" + UnusualStatusException.class.getName() + "].status=599",
				"errors.paths[0].pattern=/api/**", "errors.paths[0].format=json", "errors.paths[1].pattern=/readme/**",
				"errors.paths[1].templates=readme", "errors.paths[2].pattern=/shop/**",
				"errors.paths[2].templates=shop",
				"errors.logging.exception-levels[" + QuietException.class.getName() + "]=off",
				"spring.messages.basename=conformance/pages-messages",
				"spring.messages.fallback-to-system-locale=false",
				"management.endpoints.web.exposure.include=beans,metrics");

		static final List<String> SENTRY = with(SCENARIOS, "sentry.environment=test", "sentry.send-modules=false",
				"sentry.enable-backpressure-handling=false", "sentry.flush-timeout-millis=2000",
				"sentry.shutdown-timeout-millis=500", "sentry.logging.enabled=false",
				"errors.sentry.ignored-exceptions=" + IgnoredException.class.getName());

		static List<String> with(List<String> properties, String... more) {
			List<String> all = new ArrayList<>(properties);
			all.addAll(Arrays.asList(more));
			return List.copyOf(all);
		}

	}

}
