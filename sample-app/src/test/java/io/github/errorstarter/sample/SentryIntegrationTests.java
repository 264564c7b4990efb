package io.github.errorstarter.sample;

import java.io.IOException;
import java.util.Map;

import io.sentry.Sentry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static io.github.errorstarter.sample.SampleAppClient.JSON;
import static io.github.errorstarter.sample.SampleAppClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tour stop 11: Sentry gets its DSN from {@code SENTRY_DSN}; without one the app runs and
 * logs.
 */
@SampleAppTest
@ExtendWith(OutputCaptureExtension.class)
class SentryIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void withoutDsnServerErrorsShouldStillBeAnsweredAndLogged(CapturedOutput output) {
		assertThat(Sentry.isEnabled()).isFalse();
		assertProblem(new SampleAppClient(this.port).get("/cause-error", JSON), 500);
		assertThat(output).contains("GET /cause-error -> 500 INTERNAL_SERVER_ERROR");
	}

	@Test
	void dsnShouldComeFromSentryDsnEnvironmentVariable() throws IOException {
		String dsn = "http://public@127.0.0.1:9/1";
		assertThat(applicationYml(Map.of("SENTRY_DSN", dsn)).getProperty("sentry.dsn")).isEqualTo(dsn);
		assertThat(applicationYml(Map.of()).getProperty("sentry.dsn")).isEmpty();
	}

	private static StandardEnvironment applicationYml(Map<String, Object> systemEnvironment) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("environment", systemEnvironment));
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"))) {
			environment.getPropertySources().addLast(source);
		}
		return environment;
	}

}
