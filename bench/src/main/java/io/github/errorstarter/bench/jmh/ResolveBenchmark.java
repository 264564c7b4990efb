package io.github.errorstarter.bench.jmh;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.github.errorstarter.resolve.BuiltInMappings;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMapping;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.resolve.ExceptionUnwrapper;
import io.github.errorstarter.resolve.IncludeMessage;
import jakarta.servlet.ServletException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The resolve step, {@link ErrorResolver#resolve}: a class seen for the first time (a new
 * resolver, so nothing is cached), a cached class for each source of rules, a class ten
 * levels below its mapped ancestor, and exceptions inside wrappers and long cause chains.
 * Run with {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResolveBenchmark {

	private ExceptionMappings mappings;

	private ExceptionMappings builtIn;

	private ErrorMessages messages;

	private ErrorResolver resolver;

	private final Locale locale = Locale.ENGLISH;

	private final Throwable unhandled = new IllegalStateException("boom");

	private final Throwable annotated = new OrderNotFoundException();

	private final Throwable errorResponse = new ResponseStatusException(HttpStatus.CONFLICT, "taken");

	private final Throwable configured = new PaymentDeclinedException();

	private final Throwable deep = new Level10Exception();

	private final Throwable wrapped = new ServletException(
			new CompletionException(new ServletException(new OrderNotFoundException())));

	private final Throwable longCauseChain = causeChain(50);

	@Setup
	public void setUp() {
		ClassLoader classLoader = getClass().getClassLoader();
		this.mappings = ExceptionMappings
			.fromClassNames(
					Map.of(PaymentDeclinedException.class.getName(), ExceptionMapping.of(402, "Payment declined"),
							Level0Exception.class.getName(), ExceptionMapping.of(409, null),
							IOException.class.getName(), ExceptionMapping.of(503, null)),
					classLoader, "errors.exceptions");
		this.builtIn = ExceptionMappings.ofPresent(BuiltInMappings.knownExceptions(), classLoader);
		this.messages = new ErrorMessages(null);
		this.resolver = newResolver();
		// fill the per-class cache and the message bundle once
		for (Throwable ex : new Throwable[] { this.unhandled, this.annotated, this.errorResponse, this.configured,
				this.deep, this.wrapped, this.longCauseChain }) {
			this.resolver.resolve(ex, this.locale);
		}
	}

	@Benchmark
	public ErrorDescription coldUnhandled() {
		return newResolver().resolve(this.unhandled, this.locale);
	}

	@Benchmark
	public ErrorDescription coldDeepHierarchy() {
		return newResolver().resolve(this.deep, this.locale);
	}

	@Benchmark
	public ErrorDescription cachedUnhandled() {
		return this.resolver.resolve(this.unhandled, this.locale);
	}

	@Benchmark
	public ErrorDescription cachedResponseStatusAnnotation() {
		return this.resolver.resolve(this.annotated, this.locale);
	}

	@Benchmark
	public ErrorDescription cachedErrorResponse() {
		return this.resolver.resolve(this.errorResponse, this.locale);
	}

	@Benchmark
	public ErrorDescription cachedConfiguredMapping() {
		return this.resolver.resolve(this.configured, this.locale);
	}

	@Benchmark
	public ErrorDescription cachedDeepHierarchy() {
		return this.resolver.resolve(this.deep, this.locale);
	}

	@Benchmark
	public ErrorDescription cachedWrapped() {
		return this.resolver.resolve(ExceptionUnwrapper.unwrap(this.wrapped), this.locale);
	}

	@Benchmark
	public ErrorDescription cachedLongCauseChain() {
		return this.resolver.resolve(this.longCauseChain, this.locale);
	}

	private ErrorResolver newResolver() {
		return new ErrorResolver(this.mappings, this.builtIn, this.messages, IncludeMessage.CLIENT_ERRORS, null);
	}

	// an exception whose causes are not wrappers: the resolver must not walk them
	private static Throwable causeChain(int length) {
		Throwable ex = new IOException("root");
		for (int i = 0; i < length; i++) {
			ex = new IllegalStateException("level " + i, ex);
		}
		return ex;
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class OrderNotFoundException extends RuntimeException {

	}

	static class PaymentDeclinedException extends RuntimeException {

	}

	static class Level0Exception extends RuntimeException {

	}

	static class Level1Exception extends Level0Exception {

	}

	static class Level2Exception extends Level1Exception {

	}

	static class Level3Exception extends Level2Exception {

	}

	static class Level4Exception extends Level3Exception {

	}

	static class Level5Exception extends Level4Exception {

	}

	static class Level6Exception extends Level5Exception {

	}

	static class Level7Exception extends Level6Exception {

	}

	static class Level8Exception extends Level7Exception {

	}

	static class Level9Exception extends Level8Exception {

	}

	static class Level10Exception extends Level9Exception {

	}

}
