package io.github.errorstarter.openapi;

import java.lang.reflect.AnnotatedElement;
import java.util.LinkedHashSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The response codes an application declared with {@link ApiResponse @ApiResponse}
 * without saying what their body is: on the handler method, on its class, or in
 * {@link Operation#responses() @Operation}. springdoc gives such a response the schema of
 * the method's return type, which an error response never has.
 */
final class DeclaredResponses {

	private DeclaredResponses() {
	}

	/**
	 * Return the codes declared without content, reference or return type schema.
	 * @param handlerMethod the handler method
	 * @return the response codes, such as {@code 404}
	 */
	static Set<String> withoutContent(HandlerMethod handlerMethod) {
		Set<String> codes = new LinkedHashSet<>();
		addWithoutContent(handlerMethod.getMethod(), codes);
		addWithoutContent(handlerMethod.getBeanType(), codes);
		Operation operation = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), Operation.class);
		if (operation != null) {
			for (ApiResponse response : operation.responses()) {
				addIfWithoutContent(response, codes);
			}
		}
		return codes;
	}

	private static void addWithoutContent(AnnotatedElement element, Set<String> codes) {
		for (ApiResponse response : AnnotatedElementUtils.findMergedRepeatableAnnotations(element, ApiResponse.class)) {
			addIfWithoutContent(response, codes);
		}
	}

	private static void addIfWithoutContent(ApiResponse response, Set<String> codes) {
		if (response.content().length == 0 && response.ref().isEmpty() && !response.useReturnTypeSchema()) {
			codes.add(response.responseCode());
		}
	}

}
