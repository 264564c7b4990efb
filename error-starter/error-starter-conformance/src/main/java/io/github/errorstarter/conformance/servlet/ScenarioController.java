package io.github.errorstarter.conformance.servlet;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.errorstarter.conformance.app.ScenarioExceptions.InvalidApiUsageException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.QuotaExceededException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.StorageFullException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.TeapotException;
import io.github.errorstarter.conformance.app.ScenarioExceptions.UnusualStatusException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * One endpoint per error source of the scenarios app, under {@code /api}.
 */
@RestController
@RequestMapping("/api")
class ScenarioController {

	@GetMapping("/ok")
	Map<String, String> ok() {
		return Map.of("status", "ok");
	}

	@GetMapping("/missing")
	String missing() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Resource not found");
	}

	@GetMapping("/quota")
	String quota() {
		throw new QuotaExceededException();
	}

	@GetMapping("/storage")
	String storage() {
		throw new StorageFullException("volume /data is full");
	}

	@GetMapping("/unusual")
	String unusual() {
		throw new UnusualStatusException();
	}

	@GetMapping("/invalid-usage")
	String invalidUsage() {
		throw new InvalidApiUsageException("The user id must be numeric",
				Map.of("userId", "abc", "hint", "use digits"));
	}

	@GetMapping("/secret")
	String secret() {
		throw new IllegalStateException("database password=hunter2 rejected by db.internal:5432");
	}

	@GetMapping("/io/{kind}")
	String io(@PathVariable String kind) throws IOException {
		if ("connect".equals(kind)) {
			throw new ConnectException("connection refused by payments.internal");
		}
		throw new SocketTimeoutException("read timed out from payments.internal");
	}

	@PostMapping("/items")
	Item create(@Valid @RequestBody Item item) {
		return item;
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable int id) {
		return "item " + id;
	}

	@GetMapping("/search")
	String search(@RequestParam String q) {
		return q;
	}

	@GetMapping("/forbidden")
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@GetMapping("/half-written")
	void halfWritten(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv");
		response.getWriter().write("id,name\n1,partial row");
		throw new IllegalStateException("export failed half-way");
	}

	@GetMapping("/teapot")
	String teapot() {
		throw new TeapotException();
	}

	@GetMapping("/async-failure")
	CompletableFuture<String> asyncFailure() {
		return CompletableFuture.supplyAsync(() -> {
			throw new IllegalStateException("async secret=async-hunter2");
		});
	}

	@GetMapping("/async-timeout")
	DeferredResult<String> asyncTimeout() {
		return new DeferredResult<>(100L);
	}

	record Item(@NotBlank String name, @Min(1) int quantity) {
	}

}
