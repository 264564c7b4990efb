package io.github.errorstarter.report;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 5xx the pipeline handles still marks the request's observation as failed, so
 * {@code http.server.requests} carries the exception as it does for unhandled ones.
 */
@SpringBootTest(classes = ReportingTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { ReportingTestApplication.LOCAL_ADDRESS, ReportingTestApplication.QUIET_EXCEPTION_LEVEL })
class ErrorMetricsIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@Test
	void handledServerErrorShouldTagRequestMetricWithException() throws InterruptedException {
		assertThat(TestHttp.getJson(this.port, "/users/7").statusCode()).isEqualTo(500);
		Timer timer = awaitTimer("/users/{id}");
		assertThat(timer).isNotNull();
		assertThat(timer.getId().getTag("exception")).isEqualTo("UserLookupException");
		assertThat(timer.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
		assertThat(timer.getId().getTag("status")).isEqualTo("500");
	}

	@Test
	void clientErrorShouldNotTagRequestMetricWithException() throws InterruptedException {
		assertThat(TestHttp.getJson(this.port, "/not-found").statusCode()).isEqualTo(404);
		Timer timer = awaitTimer("/not-found");
		assertThat(timer).isNotNull();
		assertThat(timer.getId().getTag("exception")).isEqualTo("none");
	}

	// the observation stops after the response is written, so the timer may lag the
	// client
	private Timer awaitTimer(String uri) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		Timer timer = this.registry.find("http.server.requests").tag("uri", uri).timer();
		while (timer == null && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
			timer = this.registry.find("http.server.requests").tag("uri", uri).timer();
		}
		return timer;
	}

}
