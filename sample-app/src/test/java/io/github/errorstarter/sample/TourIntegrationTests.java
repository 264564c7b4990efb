package io.github.errorstarter.sample;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.errorstarter.sample.tour.Tour;
import io.github.errorstarter.sample.tour.TourRequest;
import io.github.errorstarter.sample.tour.TourStop;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static io.github.errorstarter.sample.SampleAppClient.HTML;
import static io.github.errorstarter.sample.SampleAppClient.assertPage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code /tour} page, and the promise that every stop does what the tour and the
 * README say: each request of each stop gets its status, and the README's tour has the
 * same stops, each naming the test class that proves it.
 */
@SampleAppTest
class TourIntegrationTests {

	static final Map<Integer, Class<?>> TESTS_BY_STOP = Map.ofEntries(Map.entry(1, ServerErrorIntegrationTests.class),
			Map.entry(2, ProfileIntegrationTests.class), Map.entry(3, InvalidApiUsageIntegrationTests.class),
			Map.entry(4, CustomExceptionIntegrationTests.class), Map.entry(5, AccessDeniedIntegrationTests.class),
			Map.entry(6, InsufficientStorageIntegrationTests.class), Map.entry(7, PathRulesIntegrationTests.class),
			Map.entry(8, ExceptionHierarchyIntegrationTests.class), Map.entry(9, AsyncIntegrationTests.class),
			Map.entry(10, ValidationIntegrationTests.class), Map.entry(11, SentryIntegrationTests.class),
			Map.entry(12, DevelopmentModeIntegrationTests.class));

	@LocalServerPort
	int port;

	SampleAppClient client;

	@BeforeEach
	void createClient() {
		this.client = new SampleAppClient(this.port);
	}

	@Test
	void everyRequestOfTheTourShouldGetTheStatusItPromises() {
		SoftAssertions softly = new SoftAssertions();
		for (TourStop stop : Tour.stops()) {
			for (TourRequest request : stop.requests()) {
				HttpResponse<String> response = this.client.send(request.method(), request.path(), request.accept(),
						request.user(), request.body());
				String name = "stop " + stop.number() + ": " + request.method() + " " + request.path();
				softly.assertThat(response.statusCode()).as(name).isEqualTo(request.status());
				if (request.status() >= 500) {
					softly.assertThat(response.body()).as(name).doesNotContain(SampleAppClient.SECRETS);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void tourPageShouldListEveryStopWithItsCurlCommands() {
		String page = assertPage(this.client.get("/tour", HTML), 200);
		String baseUrl = "http://127.0.0.1:" + this.port;
		for (TourStop stop : Tour.stops()) {
			assertThat(page).contains(HtmlUtils.htmlEscape(stop.number() + ". " + stop.title()));
			if (stop.command() != null) {
				assertThat(page).contains(HtmlUtils.htmlEscape(stop.command()));
			}
			for (TourRequest request : stop.requests()) {
				assertThat(page).contains(HtmlUtils.htmlEscape(request.curl(baseUrl)));
			}
		}
		assertThat(page).contains("href=\"/profile?username=alice\"").contains("href=\"/account/delete\"");
	}

	@Test
	void readmeTourShouldListEveryStopAndTheTestsThatProveIt() throws IOException {
		String readme = Files.readString(repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
		assertThat(readme).contains("## Sample app tour");
		String tour = readme.substring(readme.indexOf("## Sample app tour"));
		assertThat(TESTS_BY_STOP).hasSameSizeAs(Tour.stops());
		for (TourStop stop : Tour.stops()) {
			String heading = "### " + stop.number() + ". " + stop.title();
			assertThat(tour).contains(heading);
			String section = tour.substring(tour.indexOf(heading));
			int next = section.indexOf("\n### ", heading.length());
			section = (next > 0) ? section.substring(0, next) : section;
			assertThat(section).contains("`" + TESTS_BY_STOP.get(stop.number()).getSimpleName() + "`");
		}
	}

	// sample-app on Boot 3.5, sample-app/boot4 on Boot 4: both run these tests, from
	// different depths
	private static Path repositoryRoot() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		assertThat(directory).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
		return directory;
	}

}
