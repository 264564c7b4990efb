package io.github.errorstarter.openapi;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.github.errorstarter.resolve.BuiltInMappings;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ErrorResolver;
import io.github.errorstarter.resolve.ExceptionMapping;
import io.github.errorstarter.resolve.ExceptionMappings;
import io.github.errorstarter.resolve.IncludeMessage;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemResponsesCustomizer}: handler methods of a sample controller,
 * with the operations springdoc would build for them, give the expected responses.
 */
class ProblemResponsesCustomizerTests {

	private final Map<String, ExceptionMapping> mappings = new LinkedHashMap<>();

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void customizeWhenNoInputShouldDocumentOnlyTheServerError() {
		Operation operation = customize(new Operation(), "list");
		assertThat(operation.getResponses()).containsOnlyKeys("200", "500");
		ApiResponse serverError = operation.getResponses().get("500");
		assertThat(serverError.getDescription()).isEqualTo("Internal Server Error");
		assertThat(serverError.getContent()).containsOnlyKeys("application/problem+json");
		assertThat(serverError.getContent().get("application/problem+json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/Problem");
	}

	@Test
	void customizeWhenRequestBodyOrParametersShouldDocumentBadRequest() {
		assertThat(customize(new Operation().requestBody(new RequestBody()), "list").getResponses())
			.containsOnlyKeys("200", "400", "500");
		Operation withQuery = new Operation().addParametersItem(new Parameter().in("query").name("page"));
		assertThat(customize(withQuery, "list").getResponses().get("400").getDescription()).isEqualTo("Bad Request");
	}

	@Test
	void customizeWhenPathVariableShouldDocumentNotFound() {
		Operation operation = new Operation().addParametersItem(new Parameter().in("path").name("id"));
		assertThat(customize(operation, "list").getResponses()).containsOnlyKeys("200", "400", "404", "500");
	}

	@Test
	void customizeWhenSecuredShouldDocumentUnauthorizedAndForbidden() {
		Operation operation = customizer(true).customize(withOk(new Operation()), handler("list"));
		assertThat(operation.getResponses()).containsOnlyKeys("200", "401", "403", "500");
		assertThat(operation.getResponses().get("401").getDescription()).isEqualTo("Unauthorized");
		assertThat(customize(new Operation(), "list").getResponses()).doesNotContainKeys("401", "403");
	}

	@Test
	void customizeWhenHandlerDeclaresExceptionsShouldDocumentTheirResolvedStatuses() {
		this.mappings.put(IOException.class.getName(), new ExceptionMapping(503, "UPSTREAM", null, null, null));
		Operation operation = customize(new Operation(), "declares");
		assertThat(operation.getResponses()).containsOnlyKeys("200", "409", "500", "503");
		MediaType conflict = operation.getResponses().get("409").getContent().get("application/problem+json");
		assertThat(conflict.getExamples()).containsOnlyKeys("DUPLICATE_ITEM");
		Example example = conflict.getExamples().get("DUPLICATE_ITEM");
		assertThat(example.getValue()).isEqualTo(Map.of("type", "about:blank", "title", "Conflict", "status", 409,
				"detail", "Already exists", "code", "DUPLICATE_ITEM"));
		assertThat(operation.getResponses().get("503").getContent().get("application/problem+json").getExamples())
			.containsOnlyKeys("UPSTREAM");
	}

	@Test
	void customizeWhenDeclaredExceptionDecidesItsStatusPerInstanceShouldAddNothing() {
		assertThat(customize(new Operation(), "throwsResponseStatus").getResponses()).containsOnlyKeys("200", "500");
	}

	@Test
	void customizeWhenApplicationDeclaredResponseWithContentShouldKeepIt() {
		Operation operation = new Operation().addParametersItem(new Parameter().in("path").name("id"));
		ApiResponse own = new ApiResponse().description("No such item")
			.content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/ItemError"))));
		operation.setResponses(new ApiResponses().addApiResponse("404", own));
		Operation customized = customize(operation, "declaredWithContent");
		assertThat(customized.getResponses().get("404")).isSameAs(own);
		assertThat(own.getContent()).containsOnlyKeys("application/json");
		assertThat(own.getDescription()).isEqualTo("No such item");
	}

	@Test
	void customizeWhenApplicationDeclaredResponseWithoutContentShouldGiveItTheProblemAndKeepItsDescription() {
		Operation operation = new Operation().addParametersItem(new Parameter().in("path").name("id"));
		operation.setResponses(new ApiResponses().addApiResponse("404", returnTypeGuess("No such item"))
			.addApiResponse("409", returnTypeGuess("Taken")));
		Operation customized = customize(operation, "declaredWithoutContent");
		assertThat(customized.getResponses().keySet()).containsExactly("200", "400", "404", "409", "500");
		ApiResponse notFound = customized.getResponses().get("404");
		assertThat(notFound.getDescription()).isEqualTo("No such item");
		assertThat(notFound.getContent()).containsOnlyKeys("application/problem+json");
		assertThat(customized.getResponses().get("409").getContent()).containsOnlyKeys("application/problem+json");
		assertThat(customized.getResponses().get("409").getDescription()).isEqualTo("Taken");
	}

	@Test
	void customizeWhenResponseComesFromElsewhereShouldKeepIt() {
		ApiResponse fromAdvice = returnTypeGuess("Handled by the app's advice");
		Operation operation = new Operation().requestBody(new RequestBody());
		operation.setResponses(new ApiResponses().addApiResponse("400", fromAdvice));
		Operation customized = customize(operation, "list");
		assertThat(customized.getResponses().get("400")).isSameAs(fromAdvice);
		assertThat(fromAdvice.getContent()).containsOnlyKeys("*/*");
	}

	@Test
	void customizeShouldUseTheTitlesOfTheRequestLocale() {
		LocaleContextHolder.setLocale(Locale.GERMAN);
		assertThat(customize(new Operation(), "list").getResponses().get("500").getDescription())
			.isEqualTo(new ErrorMessages(null).title(null, 500, Locale.GERMAN));
	}

	@Test
	void customizeWhenTheRuleFailsShouldLeaveTheOperationAsSpringdocBuiltIt() {
		ProblemResponsesCustomizer customizer = customizer(() -> {
			throw new IllegalStateException("broken check");
		});
		Operation operation = customizer.customize(withOk(new Operation()), handler("list"));
		assertThat(operation.getResponses()).containsOnlyKeys("200");
	}

	private Operation customize(Operation operation, String methodName) {
		return customizer(false).customize(withOk(operation), handler(methodName));
	}

	private static Operation withOk(Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		operation.getResponses().addApiResponse("200", new ApiResponse().description("OK"));
		return operation;
	}

	// what springdoc gives a response whose @ApiResponse says nothing of its body
	private static ApiResponse returnTypeGuess(String description) {
		return new ApiResponse().description(description)
			.content(new io.swagger.v3.oas.models.media.Content().addMediaType("*/*",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Item"))));
	}

	private ProblemResponsesCustomizer customizer(boolean secured) {
		return customizer(() -> secured);
	}

	private ProblemResponsesCustomizer customizer(BooleanSupplier secured) {
		ClassLoader classLoader = getClass().getClassLoader();
		ErrorResolver resolver = new ErrorResolver(
				ExceptionMappings.fromClassNames(this.mappings, classLoader, "errors.exceptions"),
				ExceptionMappings.ofPresent(BuiltInMappings.knownExceptions(), classLoader), new ErrorMessages(null),
				IncludeMessage.CLIENT_ERRORS, null);
		return new ProblemResponsesCustomizer(resolver, new ErrorMessages(null), secured);
	}

	private static HandlerMethod handler(String name) {
		return new HandlerMethod(new ItemController(),
				List.of(ReflectionUtils.getDeclaredMethods(ItemController.class))
					.stream()
					.filter((method) -> method.getName().equals(name))
					.findFirst()
					.orElseThrow());
	}

	static class ItemController {

		String list() {
			return "items";
		}

		String declares() throws DuplicateItemException, IOException {
			return "item";
		}

		String throwsResponseStatus() throws ResponseStatusException {
			return "item";
		}

		@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "No such item",
				content = @Content(mediaType = "application/json"))
		String declaredWithContent() {
			return "item";
		}

		@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "No such item")
		@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "Taken")
		String declaredWithoutContent() {
			return "item";
		}

	}

	@ResponseStatus(value = HttpStatus.CONFLICT, reason = "Already exists")
	static class DuplicateItemException extends Exception {

	}

}
