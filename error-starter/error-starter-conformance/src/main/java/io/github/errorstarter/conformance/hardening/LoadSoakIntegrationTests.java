package io.github.errorstarter.conformance.hardening;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded soak: 64 connections send a mix of every error path (and some 200s) for
 * {@code hardening.soak.seconds} (default 60) seconds. No request may get an unexpected
 * status, and the heap after a full GC may not grow from start to end (generous bound:
 * caches warm up in the first seconds; a leak per request would add hundreds of
 * megabytes). Unknown URLs cycle through {@value #DISTINCT_PATHS} paths, all seen during
 * the warm-up: each new one adds an entry to the JDK class loader's softly referenced
 * resource cache (the static resource lookup asks it), which a GC keeps until memory runs
 * short, so unbounded unique paths would measure that cache and not the starter.
 */
@ConformanceTest(AppConfiguration.HARDENING)
@Tag("hardening")
class LoadSoakIntegrationTests {

	private static final int CONNECTIONS = 64;

	private static final long ALLOWED_HEAP_GROWTH = 32L * 1024 * 1024;

	private static final int DISTINCT_PATHS = 200;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(4))
		.build();

	private final AtomicLong sequence = new AtomicLong();

	private final RunningApp app;

	LoadSoakIntegrationTests(RunningApp app) {
		this.app = app;
	}

	@Test
	void mixedErrorLoadShouldGiveOnlyExpectedStatusesAndNotGrowTheHeap() throws Exception {
		long seconds = Long.getLong("hardening.soak.seconds", 60);
		List<SoakCase> cases = cases();
		run(cases, Duration.ofSeconds(10), new ConcurrentLinkedQueue<>());
		long heapBefore = heapAfterGc();
		Queue<String> unexpected = new ConcurrentLinkedQueue<>();
		long requests = run(cases, Duration.ofSeconds(seconds), unexpected);
		long heapAfter = heapAfterGc();
		System.out.printf(
				"Soak: %d requests in %d s over %d connections (%.0f req/s), %d unexpected; "
						+ "heap after GC %.1f MB at start, %.1f MB at end (%+.1f MB)%n",
				requests, seconds, CONNECTIONS, requests / (double) seconds, unexpected.size(), mb(heapBefore),
				mb(heapAfter), mb(heapAfter - heapBefore));
		assertThat(unexpected.stream().limit(20).toList()).as("unexpected answers (first 20 of %d)", unexpected.size())
			.isEmpty();
		assertThat(requests).isGreaterThan(seconds * 10);
		assertThat(heapAfter - heapBefore).isLessThan(ALLOWED_HEAP_GROWTH);
	}

	private long run(List<SoakCase> cases, Duration duration, Queue<String> unexpected) throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		LongAdder requests = new LongAdder();
		ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
		for (int i = 0; i < CONNECTIONS; i++) {
			int offset = i;
			connections.execute(() -> {
				for (long n = offset; System.nanoTime() < deadline; n++) {
					send(cases.get((int) (n % cases.size())), unexpected);
					requests.increment();
				}
			});
		}
		connections.shutdown();
		assertThat(connections.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
		return requests.sum();
	}

	private void send(SoakCase soakCase, Queue<String> unexpected) {
		String path = soakCase.path().replace("{n}", Long.toString(this.sequence.incrementAndGet() % DISTINCT_PATHS));
		HttpRequest.Builder request = HttpRequest.newBuilder(this.app.uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", soakCase.accept());
		if (soakCase.body() != null) {
			request.header("Content-Type", "application/json").POST(BodyPublishers.ofString(soakCase.body()));
		}
		try {
			int status = this.client.send(request.build(), BodyHandlers.discarding()).statusCode();
			if (status != soakCase.status()) {
				unexpected.add(soakCase + " got " + status);
			}
		}
		catch (Exception ex) {
			unexpected.add(soakCase + " failed: " + ex);
		}
	}

	private static List<SoakCase> cases() {
		List<SoakCase> cases = new ArrayList<>();
		cases.add(new SoakCase("/ok", "*/*", null, 200));
		cases.add(new SoakCase("/no/such/page/{n}", "application/json", null, 404));
		cases.add(new SoakCase("/no/such/page/{n}", "text/html", null, 404));
		cases.add(new SoakCase("/mapped", "application/json", null, 404));
		cases.add(new SoakCase("/boom", "application/json", null, 500));
		cases.add(new SoakCase("/boom", "text/html", null, 500));
		cases.add(new SoakCase("/orders", "application/json", "{\"item\":\"\",\"quantity\":-1}", 400));
		cases.add(new SoakCase("/orders", "application/json", "{\"item\":", 400));
		cases.add(new SoakCase("/items/abc", "application/json", null, 400));
		cases.add(new SoakCase("/unwritable/422", "application/json", null, 422));
		return cases;
	}

	private static long heapAfterGc() throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			memory.gc();
			Thread.sleep(200);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	record SoakCase(String path, String accept, String body, int status) {

		@Override
		public String toString() {
			return ((this.body != null) ? "POST " : "GET ") + this.path + " (" + this.accept + ")";
		}

	}

}
