package io.github.errorstarter.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Which error statuses an operation can answer with, and why:
 * <ul>
 * <li>500, always;</li>
 * <li>400 when it takes a request body or parameters (malformed, missing, of the wrong
 * type or invalid);</li>
 * <li>404 when it has path variables (what they name may not exist);</li>
 * <li>401 and 403 when Spring Security guards the application;</li>
 * <li>the statuses of the exceptions its handler method declares, resolved by the
 * {@link ErrorResolver} as when they are thrown.</li>
 * </ul>
 */
final class OperationErrors {

	private final ErrorResolver resolver;

	private final ErrorMessages messages;

	private final BooleanSupplier secured;

	/**
	 * Create the rule.
	 * @param resolver resolves the declared exceptions
	 * @param messages the titles of the statuses
	 * @param secured whether Spring Security guards the application
	 */
	OperationErrors(ErrorResolver resolver, ErrorMessages messages, BooleanSupplier secured) {
		Assert.notNull(resolver, "'resolver' must not be null");
		Assert.notNull(messages, "'messages' must not be null");
		Assert.notNull(secured, "'secured' must not be null");
		this.resolver = resolver;
		this.messages = messages;
		this.secured = secured;
	}

	/**
	 * Return the errors of an operation, by status.
	 * @param operation the operation as springdoc documents it, its parameters and body
	 * included
	 * @param handlerMethod the handler method behind it
	 * @param locale the locale of the titles
	 * @return the errors, in the order of their statuses
	 */
	List<DocumentedError> of(Operation operation, HandlerMethod handlerMethod, Locale locale) {
		Map<Integer, List<ErrorDescription>> byStatus = new TreeMap<>();
		byStatus.put(500, new ArrayList<>());
		if (operation.getRequestBody() != null || !CollectionUtils.isEmpty(operation.getParameters())) {
			byStatus.put(400, new ArrayList<>());
		}
		if (hasPathVariables(operation)) {
			byStatus.put(404, new ArrayList<>());
		}
		if (this.secured.getAsBoolean()) {
			byStatus.put(401, new ArrayList<>());
			byStatus.put(403, new ArrayList<>());
		}
		for (Class<?> declared : handlerMethod.getMethod().getExceptionTypes()) {
			ErrorDescription description = this.resolver.describe(declared.asSubclass(Throwable.class), locale);
			if (description != null) {
				byStatus.computeIfAbsent(description.status(), (status) -> new ArrayList<>()).add(description);
			}
		}
		List<DocumentedError> errors = new ArrayList<>(byStatus.size());
		byStatus.forEach((status, declared) -> errors
			.add(new DocumentedError(status, this.messages.title(null, status, locale), List.copyOf(declared))));
		return errors;
	}

	private static boolean hasPathVariables(Operation operation) {
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				if ("path".equals(parameter.getIn())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * One error status of an operation.
	 *
	 * @param status the HTTP status
	 * @param title the title of the status, as problem bodies give it
	 * @param declared what the declared exceptions of this status are described as
	 */
	record DocumentedError(int status, String title, List<ErrorDescription> declared) {
	}

}
