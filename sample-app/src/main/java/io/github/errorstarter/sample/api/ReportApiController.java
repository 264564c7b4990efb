package io.github.errorstarter.sample.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales reports, computed asynchronously (tour stop 9): one fails on another thread, one
 * takes longer than {@code spring.mvc.async.request-timeout}. Both errors take the same
 * pipeline as any other.
 */
@RestController
class ReportApiController {

	@GetMapping("/api/reports/daily")
	CompletableFuture<Map<String, Object>> daily() {
		return CompletableFuture.supplyAsync(() -> {
			throw new IllegalStateException(
					"Reporting database at 10.0.4.2 refused user 'reports' (secret: token=tk_live_42)");
		});
	}

	@GetMapping("/api/reports/yearly")
	CompletableFuture<Map<String, Object>> yearly() {
		// a minute of number crunching: longer than the request may wait
		return CompletableFuture.supplyAsync(() -> Map.of("year", 2026, "revenue", 1234567),
				CompletableFuture.delayedExecutor(1, TimeUnit.MINUTES));
	}

}
