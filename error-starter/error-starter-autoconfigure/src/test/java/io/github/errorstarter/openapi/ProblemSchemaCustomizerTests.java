package io.github.errorstarter.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProblemSchemaCustomizer} and the {@link ProblemSchema} it adds.
 */
class ProblemSchemaCustomizerTests {

	@Test
	void customiseShouldAddTheProblemSchema() {
		OpenAPI openApi = new OpenAPI();
		new ProblemSchemaCustomizer().customise(openApi);
		assertThat(openApi.getComponents().getSchemas().get("Problem").getProperties()).containsOnlyKeys("type",
				"title", "status", "detail", "instance", "code", "errors", "traceId", "eventId", "requestId");
	}

	@Test
	void customiseWhenApplicationHasAProblemSchemaShouldKeepIt() {
		Schema<Object> own = new Schema<>().description("the app's own");
		OpenAPI openApi = new OpenAPI().components(new Components().addSchemas("Problem", own));
		new ProblemSchemaCustomizer().customise(openApi);
		assertThat(openApi.getComponents().getSchemas().get("Problem")).isSameAs(own);
	}

	@Test
	void schemaShouldReadTheSameInOpenApi30And31Documents() throws Exception {
		for (ObjectMapper mapper : new ObjectMapper[] { Json.mapper(), Json31.mapper() }) {
			JsonNode problem = mapper.readTree(mapper.writeValueAsString(ProblemSchema.create()));
			assertThat(problem.at("/properties/status/format").asText()).isEqualTo("int32");
			// newer swagger-core versions sort the names
			assertThat(problem.at("/required")).extracting(JsonNode::asText)
				.containsExactlyInAnyOrder("type", "title", "status", "code");
			JsonNode errorItem = problem.at("/properties/errors/items");
			assertThat(errorItem.at("/properties").fieldNames()).toIterable()
				.containsExactly("field", "pointer", "message", "code");
			assertThat(typeOf(problem)).isEqualTo("object");
			assertThat(typeOf(problem.at("/properties/status"))).isEqualTo("integer");
			assertThat(typeOf(problem.at("/properties/errors"))).isEqualTo("array");
			assertThat(typeOf(errorItem.at("/properties/pointer"))).isEqualTo("string");
		}
	}

	// 3.0 writes "type": "string", 3.1 may write "type": ["string"]
	private static String typeOf(JsonNode schema) {
		JsonNode type = schema.get("type");
		assertThat(type).as("type of %s", schema).isNotNull();
		return type.isArray() ? type.get(0).asText() : type.asText();
	}

}
