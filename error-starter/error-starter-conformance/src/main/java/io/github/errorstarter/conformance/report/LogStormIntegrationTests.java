package io.github.errorstarter.conformance.report;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storm of one kind of error writes a bounded number of lines, and every reference a
 * client was shown is still in the log.
 */
@ConformanceTest(AppConfiguration.LOG_STORM)
@ExtendWith(OutputCaptureExtension.class)
class LogStormIntegrationTests {

	private static final int REQUESTS = 500;

	private final HttpTestClient http;

	LogStormIntegrationTests(RunningApp app) {
		this.http = new HttpTestClient(app);
	}

	@Test
	void stormOfServerErrorsShouldWriteBoundedLinesThatHoldEveryReference(CapturedOutput output)
			throws InterruptedException {
		List<String> requestIds = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			HttpResponse<String> response = this.http.getJson("/boom");
			assertThat(response.statusCode()).isEqualTo(500);
			requestIds.add(HttpTestClient.json(response).path("requestId").asText());
		}
		assertThat(requestIds).doesNotContain("").doesNotHaveDuplicates();
		// the last summary comes from the background flush once the 2 s window has ended
		awaitInLog(output, requestIds.get(REQUESTS - 1), Duration.ofSeconds(15));
		String log = output.toString();
		assertThat(requestIds).allSatisfy((requestId) -> assertThat(log).contains("requestId=" + requestId));
		long lines = log.lines().filter((line) -> line.contains("500 INTERNAL_SERVER_ERROR")).count();
		// per 2 s window 3 lines one by one, the rest in summaries of 20; the storm may
		// span
		// a few windows
		assertThat(lines).isLessThan(REQUESTS / 5);
		assertThat(log).contains("more in the window since").contains("not logged one by one");
	}

	@Test
	void stormOfUnknownUrlsShouldBeCountedInOneLineAWindow(CapturedOutput output) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			assertThat(this.http.getJson("/scanner/probe-" + i).statusCode()).isEqualTo(404);
		}
		awaitInLog(output, "404 NOT_FOUND GET", Duration.ofSeconds(15));
		long lines = output.toString().lines().filter((line) -> line.contains("404 NOT_FOUND")).count();
		assertThat(lines).isLessThan(20);
	}

	private static void awaitInLog(CapturedOutput output, String text, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!output.toString().contains(text) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(output.toString()).contains(text);
	}

}
