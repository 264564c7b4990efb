package io.github.errorstarter.render;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ValidationError;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Renders an error as an RFC 9457 {@code application/problem+json} body: Spring's
 * {@link ProblemDetail} written by a {@link ProblemJsonWriter} (the application's JSON
 * mapper). Members: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} (the request path), and the extensions {@code code}, {@code errors}
 * (validation), the references ({@code traceId}, {@code eventId}), the exception's own
 * properties and, when switched on, {@code stackTrace}. The
 * {@link ProblemDetailCustomizer}s then change the body as they want, in order.
 *
 * @since 0.1.0
 */
public class ProblemJsonRenderer {

	private static final Log logger = LogFactory.getLog(ProblemJsonRenderer.class);

	private final ProblemJsonWriter writer;

	private final StackTraces stackTraces;

	private final List<ProblemDetailCustomizer> customizers;

	private final Set<String> failedErrors = ConcurrentHashMap.newKeySet();

	/**
	 * Create a renderer.
	 * @param writer writes problem bodies as JSON
	 * @param stackTraces whether and how stack traces are included
	 */
	public ProblemJsonRenderer(ProblemJsonWriter writer, StackTraces stackTraces) {
		this(writer, stackTraces, List.of());
	}

	/**
	 * Create a renderer.
	 * @param writer writes problem bodies as JSON
	 * @param stackTraces whether and how stack traces are included
	 * @param customizers change every problem body, in order
	 */
	public ProblemJsonRenderer(ProblemJsonWriter writer, StackTraces stackTraces,
			List<ProblemDetailCustomizer> customizers) {
		Assert.notNull(writer, "'writer' must not be null");
		Assert.notNull(stackTraces, "'stackTraces' must not be null");
		Assert.notNull(customizers, "'customizers' must not be null");
		this.writer = writer;
		this.stackTraces = stackTraces;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Render the error as an {@code application/problem+json} body.
	 * @param error the error
	 * @return the UTF-8 bytes of the JSON document
	 */
	public byte[] render(ErrorContext error) {
		ProblemDetail problem = toProblemDetail(error);
		try {
			return write(problem);
		}
		catch (IOException | RuntimeException ex) {
			// an exception's own property that the JSON mapper cannot write must not
			// cost the
			// client its answer: keep the status, the RFC 9457 members, the code and the
			// references
			logOnce(error, ex);
			return writeWithoutExtensions(problem, error);
		}
	}

	private byte[] write(ProblemDetail problem) throws IOException {
		return this.writer.write(problem);
	}

	private byte[] writeWithoutExtensions(ProblemDetail problem, ErrorContext error) {
		ProblemDetail plain = ProblemDetail.forStatus(problem.getStatus());
		plain.setType(problem.getType());
		plain.setTitle(problem.getTitle());
		plain.setDetail(problem.getDetail());
		plain.setInstance(problem.getInstance());
		Object code = (problem.getProperties() != null) ? problem.getProperties().get("code") : null;
		if (code != null) {
			plain.setProperty("code", code);
		}
		error.getReferences().forEach(plain::setProperty);
		try {
			return write(plain);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Could not write problem body", ex);
		}
	}

	private void logOnce(ErrorContext error, Exception ex) {
		String key = error.getDescription().code() + " " + error.getStatus();
		if (this.failedErrors.add(key)) {
			logger.error("Could not write the problem body of " + key + " for " + error.getMethod() + " "
					+ error.getPath() + "; writing it without the exception's own members (logged once per error code)",
					ex);
		}
	}

	/**
	 * Build the problem detail for an error.
	 * @param error the error
	 * @return the problem detail
	 */
	public ProblemDetail toProblemDetail(ErrorContext error) {
		ErrorDescription description = error.getDescription();
		ProblemDetail problem = ProblemDetail.forStatus(description.status());
		problem.setType(description.type());
		problem.setTitle(description.title());
		problem.setDetail(description.detail());
		problem.setInstance(toInstance(error.getPath()));
		description.properties().forEach(problem::setProperty);
		problem.setProperty("code", description.code());
		if (!description.errors().isEmpty()) {
			problem.setProperty("errors", toMaps(description.errors()));
		}
		error.getReferences().forEach(problem::setProperty);
		String stackTrace = this.stackTraces.format(error.getException());
		if (stackTrace != null) {
			problem.setProperty("stackTrace", stackTrace);
		}
		customize(problem, error);
		return problem;
	}

	private void customize(ProblemDetail problem, ErrorContext error) {
		for (ProblemDetailCustomizer customizer : this.customizers) {
			try {
				customizer.customize(problem, error);
			}
			catch (RuntimeException ex) {
				// a customizer must not cost the client its answer
				logger.warn("Problem detail customizer " + customizer.getClass().getName() + " failed for "
						+ error.getMethod() + " " + error.getPath() + ": " + ex);
			}
		}
	}

	private static URI toInstance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return UriComponentsBuilder.fromPath(path).encode().build().toUri();
		}
	}

	private static List<Map<String, String>> toMaps(List<ValidationError> errors) {
		List<Map<String, String>> maps = new ArrayList<>(errors.size());
		for (ValidationError error : errors) {
			Map<String, String> map = new LinkedHashMap<>(4);
			putIfNotNull(map, "field", error.field());
			putIfNotNull(map, "pointer", error.pointer());
			putIfNotNull(map, "message", error.message());
			putIfNotNull(map, "code", error.code());
			maps.add(map);
		}
		return maps;
	}

	private static void putIfNotNull(Map<String, String> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
