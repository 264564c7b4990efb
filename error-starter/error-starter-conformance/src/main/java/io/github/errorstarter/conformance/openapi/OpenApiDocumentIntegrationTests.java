package io.github.errorstarter.conformance.openapi;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errorstarter.conformance.AppConfiguration;
import io.github.errorstarter.conformance.ConformanceTest;
import io.github.errorstarter.conformance.HttpTestClient;
import io.github.errorstarter.conformance.RunningApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the app's springdoc serves documents the errors: the
 * {@code Problem} schema, and {@code application/problem+json} responses for the statuses
 * each operation can answer with, while what the app declared stays as it is.
 */
@ConformanceTest(AppConfiguration.OPENAPI)
class OpenApiDocumentIntegrationTests {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	private HttpTestClient http;

	private JsonNode document;

	@BeforeEach
	void readDocument(RunningApp app) {
		this.http = new HttpTestClient(app);
		HttpResponse<String> response = this.http.get("/v3/api-docs", HttpTestClient.JSON);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		this.document = HttpTestClient.json(response);
	}

	@Test
	void documentShouldDefineTheProblemSchemaWithEveryMember() {
		JsonNode problem = this.document.at("/components/schemas/Problem");
		assertThat(fieldNames(problem.path("properties"))).containsExactly("type", "title", "status", "detail",
				"instance", "code", "errors", "traceId", "eventId", "requestId");
		assertThat(fieldNames(problem.at("/properties/errors/items/properties"))).containsExactly("field", "pointer",
				"message", "code");
		assertThat(typeOf(problem.at("/properties/status"))).isEqualTo("integer");
		assertThat(typeOf(problem.at("/properties/code"))).isEqualTo("string");
	}

	@Test
	void operationWithoutInputShouldDocumentOnlyTheServerError() {
		JsonNode responses = responses("/items", "get");
		assertThat(fieldNames(responses)).containsExactly("200", "500");
		assertProblemResponse(responses.path("500"), "Internal Server Error");
	}

	@Test
	void operationWithParametersShouldDocumentBadRequest() {
		JsonNode responses = responses("/items/search", "get");
		assertThat(fieldNames(responses)).containsExactly("200", "400", "500");
		assertProblemResponse(responses.path("400"), "Bad Request");
	}

	@Test
	void operationWithPathVariableShouldDocumentNotFound() {
		JsonNode responses = responses("/items/{id}", "get");
		assertThat(fieldNames(responses)).containsExactly("200", "400", "404", "500");
		assertProblemResponse(responses.path("404"), "Not Found");
	}

	@Test
	void declaredExceptionsShouldBeDocumentedWithTheStatusesTheyResolveTo() {
		JsonNode responses = responses("/items", "post");
		assertThat(fieldNames(responses)).containsExactly("200", "400", "409", "422", "500");
		JsonNode conflict = assertProblemResponse(responses.path("409"), "Conflict");
		assertThat(conflict.at("/examples/DUPLICATE_ITEM/value/detail").asText())
			.isEqualTo("An item of that name exists");
		assertThat(conflict.at("/examples/DUPLICATE_ITEM/value/status").asInt()).isEqualTo(409);
		// mapped in errors.exceptions only
		JsonNode outOfStock = assertProblemResponse(responses.path("422"), "Unprocessable Content");
		assertThat(outOfStock.at("/examples/OUT_OF_STOCK/value/code").asText()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void responseDeclaredWithoutBodyShouldGetTheProblemAndKeepItsDescription() {
		JsonNode responses = responses("/items/{id}", "delete");
		assertThat(fieldNames(responses)).containsExactly("204", "400", "404", "500");
		assertThat(responses.at("/204/description").asText()).isEqualTo("Deleted");
		assertProblemResponse(responses.path("404"), "No item of that id");
	}

	@Test
	void responseDeclaredWithItsOwnBodyShouldStayAsDeclared() {
		JsonNode notFound = responses("/items/{id}", "put").path("404");
		assertThat(notFound.path("description").asText()).isEqualTo("The app's own body");
		assertThat(fieldNames(notFound.path("content"))).containsExactly("application/json");
		assertThat(notFound.at("/content/application~1json/schema/$ref").asText())
			.isEqualTo("#/components/schemas/ItemError");
	}

	@Test
	void withoutSpringSecurityNoOperationShouldDocumentUnauthorizedOrForbidden() {
		this.document.path("paths").forEach((path) -> path.forEach((operation) -> {
			assertThat(operation.path("responses").has("500")).isTrue();
			assertThat(operation.path("responses").has("401")).isFalse();
			assertThat(operation.path("responses").has("403")).isFalse();
		}));
	}

	@Test
	void errorControllerShouldNotBeDocumented() {
		assertThat(fieldNames(this.document.path("paths"))).containsExactlyInAnyOrder("/items", "/items/search",
				"/items/{id}");
	}

	@Test
	void realProblemBodiesShouldHaveOnlyDocumentedMembers() {
		JsonNode schema = this.document.at("/components/schemas/Problem");
		List<String> members = fieldNames(schema.path("properties"));
		HttpResponse<String> invalid = this.http.send("POST", "/items", HttpTestClient.JSON, HttpTestClient.JSON,
				"{\"name\":\"\",\"quantity\":0}");
		assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
		JsonNode problem = HttpTestClient.json(invalid);
		assertThat(members).containsAll(fieldNames(problem)).containsAll(requiredOf(schema));
		assertThat(problem.path("errors")).isNotEmpty();
		List<String> errorMembers = fieldNames(schema.at("/properties/errors/items/properties"));
		problem.path("errors").forEach((error) -> assertThat(errorMembers).containsAll(fieldNames(error)));
		JsonNode notFound = HttpTestClient.json(this.http.get("/items/7", HttpTestClient.JSON));
		assertThat(members).containsAll(fieldNames(notFound));
		assertThat(fieldNames(notFound)).containsAll(requiredOf(schema));
	}

	private JsonNode responses(String path, String method) {
		JsonNode operation = this.document.path("paths").path(path).path(method);
		assertThat(operation.isObject()).as("%s %s in %s", method, path, this.document.path("paths")).isTrue();
		return operation.path("responses");
	}

	// assert a response is described and has only the problem body, and return its media
	// type
	private static JsonNode assertProblemResponse(JsonNode response, String description) {
		assertThat(response.path("description").asText()).isEqualTo(description);
		assertThat(fieldNames(response.path("content"))).containsExactly("application/problem+json");
		JsonNode mediaType = response.path("content").path("application/problem+json");
		assertThat(mediaType.at("/schema/$ref").asText()).isEqualTo(PROBLEM_REF);
		return mediaType;
	}

	private static List<String> requiredOf(JsonNode schema) {
		List<String> required = new ArrayList<>();
		schema.path("required").forEach((name) -> required.add(name.asText()));
		assertThat(required).isNotEmpty();
		return required;
	}

	// OpenAPI 3.0 writes "type": "string", 3.1 (springdoc's default) "type": "string" or
	// ["string"]
	private static String typeOf(JsonNode schema) {
		JsonNode type = schema.path("type");
		return type.isArray() ? type.path(0).asText() : type.asText();
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
