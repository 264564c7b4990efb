package io.github.errorstarter.conformance.sentry;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import io.github.errorstarter.conformance.HttpTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads which Sentry reporter beans an app has, through Actuator's {@code beans}
 * endpoint.
 */
final class SentryBeans {

	private SentryBeans() {
	}

	// the types of the app's beans that report to Sentry, asserting that the app lists
	// the starter's beans at all
	static List<String> reporterTypes(HttpTestClient http) {
		HttpResponse<String> response = http.getJson("/actuator/beans");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> starterTypes = new ArrayList<>();
		HttpTestClient.json(response).path("contexts").forEach((context) -> context.path("beans").forEach((bean) -> {
			String type = bean.path("type").asText();
			if (type.startsWith("io.github.errorstarter.")) {
				starterTypes.add(type);
			}
		}));
		assertThat(starterTypes).as("the starter's beans").isNotEmpty();
		return starterTypes.stream().filter((type) -> type.endsWith("SentryErrorReporter")).toList();
	}

}
