package io.github.errorstarter.openapi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.github.errorstarter.openapi.OperationErrors.DocumentedError;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the {@code application/problem+json} responses of each operation: the error
 * statuses it can answer with (see {@link OperationErrors}), each with the
 * {@code Problem} schema and, for the exceptions the handler method declares, an example
 * with their code. What the application declared is kept: a response code it documents is
 * not replaced, and only gets the {@code Problem} content when its {@code @ApiResponse}
 * says nothing of its body (springdoc would show the return type's schema).
 *
 * @since 0.1.0
 */
public final class ProblemResponsesCustomizer implements GlobalOperationCustomizer {

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Log logger = LogFactory.getLog(ProblemResponsesCustomizer.class);

	private final OperationErrors errors;

	private final AtomicBoolean failureLogged = new AtomicBoolean();

	/**
	 * Create the customizer.
	 * @param resolver resolves the exceptions handler methods declare, as the pipeline
	 * does
	 * @param messages the titles of the statuses, as problem bodies give them
	 * @param secured whether Spring Security guards the application, asked when a
	 * document is built
	 */
	public ProblemResponsesCustomizer(ErrorResolver resolver, ErrorMessages messages, BooleanSupplier secured) {
		this.errors = new OperationErrors(resolver, messages, secured);
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		try {
			return addProblemResponses(operation, handlerMethod);
		}
		catch (RuntimeException ex) {
			// the document must still be served, without the error responses of this
			// operation
			if (this.failureLogged.compareAndSet(false, true)) {
				logger.warn("Could not document the error responses of " + handlerMethod.getShortLogMessage()
						+ " (logged once)", ex);
			}
			return operation;
		}
	}

	private Operation addProblemResponses(Operation operation, HandlerMethod handlerMethod) {
		// springdoc builds each document in the request for it, in the locale it asked
		// for
		Locale locale = LocaleContextHolder.getLocale();
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		Set<String> withoutContent = new LinkedHashSet<>(DeclaredResponses.withoutContent(handlerMethod));
		for (DocumentedError error : this.errors.of(operation, handlerMethod, locale)) {
			String code = String.valueOf(error.status());
			ApiResponse declared = responses.get(code);
			if (declared == null) {
				responses.addApiResponse(code,
						new ApiResponse().description(error.title()).content(problem(error.declared())));
			}
			else if (withoutContent.remove(code)) {
				declared.setContent(problem(error.declared()));
			}
		}
		// error codes the application declared beyond the ones the rule finds
		for (String code : withoutContent) {
			ApiResponse declared = responses.get(code);
			if (declared != null && isErrorStatus(code)) {
				declared.setContent(problem(List.of()));
			}
		}
		operation.setResponses(inCodeOrder(responses));
		return operation;
	}

	// as readers look for a status: 2xx first, then the errors, "default" last (the
	// codes' text order)
	private static ApiResponses inCodeOrder(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.keySet().stream().sorted().forEach((code) -> sorted.addApiResponse(code, responses.get(code)));
		sorted.setExtensions(responses.getExtensions());
		return sorted;
	}

	private static Content problem(List<ErrorDescription> declared) {
		MediaType mediaType = new MediaType().schema(new Schema<>().$ref(ProblemSchema.REF));
		for (ErrorDescription description : declared) {
			mediaType.addExamples(description.code(), new Example().value(example(description)));
		}
		return new Content().addMediaType(PROBLEM_JSON, mediaType);
	}

	private static Map<String, Object> example(ErrorDescription description) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", description.type().toString());
		example.put("title", description.title());
		example.put("status", description.status());
		example.put("detail", description.detail());
		example.put("code", description.code());
		return example;
	}

	private static boolean isErrorStatus(String code) {
		return code.matches("[45]\\d\\d");
	}

}
