package io.github.errorstarter.conformance.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.RunningApp;
import io.github.errorstarter.conformance.app.Failures;
import io.github.errorstarter.conformance.hardening.RawHttpClient.RawResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded run of hostile requests against the real server: every answer is a well-formed
 * problem body or page, no 5xx unless the request asked for a failing endpoint, nothing
 * from the request comes back unescaped in a page, and no stack trace or 5xx message
 * leaks. Bad input that fails in a servlet filter (a form body that does not decode) is
 * answered by the pipeline too, so the container logs no stack trace for it.
 */
@ConformanceTest(AppConfiguration.HARDENING)
@Tag("hardening")
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTests {

	private static final long SEED = 20261121L;

	private static final int REQUESTS = 10_000;

	private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");

	private final ObjectMapper objectMapper = new ObjectMapper();

	private final RunningApp app;

	HostileInputIntegrationTests(RunningApp app) {
		this.app = app;
	}

	@Test
	void everyAnswerToHostileInputIsSafeAndWellFormed(CapturedOutput output) throws Exception {
		List<HostileRequest> requests = new HostileRequests(SEED).generate(REQUESTS);
		RawHttpClient client = new RawHttpClient(this.app.host(), this.app.port());
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (HostileRequest request : requests) {
				pool.execute(() -> {
					try {
						RawResponse response = client.send(request.toBytes());
						statuses.computeIfAbsent(response.status(), (status) -> new LongAdder()).increment();
						problems(request, response).forEach((problem) -> failures.add(problem + " <- " + request));
					}
					catch (Exception ex) {
						failures.add("no answer (" + ex + ") <- " + request);
					}
				});
			}
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
		}
		Map<Integer, Long> histogram = new TreeMap<>();
		statuses.forEach((status, count) -> histogram.put(status, count.sum()));
		System.out.println("Hostile input: " + REQUESTS + " requests (seed " + SEED + "), statuses " + histogram);
		assertThat(histogram.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(REQUESTS);
		assertThat(failures.stream().limit(20).toList()).as("problems (first 20 of %d)", failures.size()).isEmpty();
		assertThat(client.send(new HostileRequests(SEED).okRequest().toBytes()).status()).isEqualTo(200);
		assertThat(output.getAll()).doesNotContain("Servlet.service() for servlet");
	}

	private List<String> problems(HostileRequest request, RawResponse response) {
		List<String> problems = new ArrayList<>();
		int status = response.status();
		if (status < 0) {
			problems.add("no HTTP response: " + abbreviate(response.raw()));
			return problems;
		}
		if (status >= 500 && !request.serverErrorExpected()) {
			problems.add("unexpected " + status);
		}
		if (response.raw().contains(Failures.SECRET) || STACK_FRAME.matcher(response.raw()).find()
				|| response.raw().contains("java.lang.")) {
			problems.add("leaks an exception: " + abbreviate(response.body()));
		}
		String setCookie = response.header("set-cookie");
		if (setCookie != null && setCookie.contains("injected")) {
			problems.add("header injection: " + setCookie);
		}
		if (request.isHead() && !response.body().isEmpty()) {
			problems.add("body for HEAD");
		}
		if (status >= 400 && !response.body().isEmpty()) {
			problems.addAll(errorBodyProblems(status, response));
		}
		return problems;
	}

	private List<String> errorBodyProblems(int status, RawResponse response) {
		String contentType = String.valueOf(response.header("content-type"));
		String body = response.body();
		if (contentType.startsWith("application/problem+json")) {
			return problemJsonProblems(status, body);
		}
		if (contentType.startsWith("text/html")) {
			List<String> problems = new ArrayList<>();
			if (!body.contains("</html>")) {
				problems.add("page is not a whole HTML document: " + abbreviate(body));
			}
			HostileRequests.MARKERS.stream()
				.filter(body::contains)
				.forEach((marker) -> problems.add("unescaped in HTML: " + marker));
			return problems;
		}
		return List.of("error body is neither a problem nor a page: " + contentType + " " + abbreviate(body));
	}

	private List<String> problemJsonProblems(int status, String body) {
		try {
			JsonNode problem = this.objectMapper.readTree(body);
			if (problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
				return List.of("problem body with wrong status or no title: " + abbreviate(body));
			}
			return List.of();
		}
		catch (Exception ex) {
			return List.of("problem body is not JSON: " + abbreviate(body));
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
