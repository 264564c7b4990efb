package io.github.errorstarter.sample;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code curl} example of the README, sent to the running sample app: the answer
 * must be the one the README shows (status, the headers it shows, the body member by
 * member). Stop 11 (Sentry) and stop 12 (development mode) need an app of their own and
 * are compared by {@link SentryReportingIntegrationTests} and
 * {@link DevelopmentModeIntegrationTests}.
 */
@SampleAppTest
class ReadmeOutputsIntegrationTests {

	static final List<String> SECTIONS = List.of("## What a client gets", "### 1.", "### 2.", "### 3.", "### 4.",
			"### 5.", "### 6.", "### 7.", "### 8.", "### 9.", "### 10.", "## Troubleshooting");

	static final List<String> SECTIONS_WITH_APPS_OF_THEIR_OWN = List.of("### 11.", "### 12.");

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void everyExampleShouldMatchWhatTheAppSends() {
		SoftAssertions softly = new SoftAssertions();
		for (String section : SECTIONS) {
			for (ReadmeExamples.Example example : ReadmeExamples.inSection(section)) {
				example.assertMatches(example.send(this.client), softly);
			}
		}
		softly.assertAll();
	}

	@Test
	void everyExampleOfTheReadmeShouldBeCompared() {
		List<String> all = new ArrayList<>(SECTIONS);
		all.addAll(SECTIONS_WITH_APPS_OF_THEIR_OWN);
		int compared = all.stream().mapToInt((section) -> ReadmeExamples.inSection(section).size()).sum();
		assertThat(compared).isEqualTo(ReadmeExamples.countAll()).isGreaterThan(20);
	}

}
