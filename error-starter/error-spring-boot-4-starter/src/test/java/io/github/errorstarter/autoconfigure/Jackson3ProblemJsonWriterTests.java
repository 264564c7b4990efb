package io.github.errorstarter.autoconfigure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Jackson3ProblemJsonWriter}.
 */
class Jackson3ProblemJsonWriterTests {

	private static final JsonMapper reader = new JsonMapper();

	@Test
	void writeWhenMapperHasProblemDetailMixinShouldWritePropertiesAsMembers() {
		JsonMapper mapper = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
		JsonNode json = write(new Jackson3ProblemJsonWriter(() -> mapper), problem());
		assertFlattened(json);
	}

	@Test
	void writeShouldPutMembersInRfc9457OrderAsJackson2Does() {
		ProblemDetail problem = problem();
		problem.setDetail("Only 2 left.");
		JsonMapper withSpringMixin = JsonMapper.builder()
			.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
			.build();
		for (JsonMapper mapper : new JsonMapper[] { withSpringMixin, new JsonMapper() }) {
			String json = new String(new Jackson3ProblemJsonWriter(() -> mapper).write(problem),
					StandardCharsets.UTF_8);
			assertThat(json).startsWith("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
					+ "\"detail\":\"Only 2 left.\",\"instance\":\"/orders/7\",");
		}
	}

	@Test
	void writeWhenMapperLacksProblemDetailMixinShouldAddItAndWritePropertiesAsMembers() {
		JsonNode json = write(new Jackson3ProblemJsonWriter(JsonMapper::new), problem());
		assertFlattened(json);
	}

	@Test
	void plainMapperWhenWritingProblemDetailShouldNestProperties() {
		// what the writer guards against: without the mixin, Jackson 3 nests the
		// properties and writes the null members
		JsonNode json = reader.readTree(new JsonMapper().writeValueAsBytes(problem()));
		assertThat(json.path("properties").path("code").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(json.has("code")).isFalse();
		assertThat(json.has("detail")).isTrue();
	}

	@Test
	void writeWhenMapperLacksProblemDetailMixinShouldKeepMapperSettings() {
		JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		String json = new String(new Jackson3ProblemJsonWriter(() -> mapper).write(problem()));
		assertThat(json).contains("\n").contains("\"code\" : \"OUT_OF_STOCK\"").doesNotContain("properties");
	}

	@Test
	void writeWhenMapperHasItsOwnProblemDetailMixinShouldKeepIt() {
		JsonMapper mapper = JsonMapper.builder()
			.addMixIn(ProblemDetail.class, RenamingProblemDetailMixin.class)
			.build();
		JsonNode json = write(new Jackson3ProblemJsonWriter(() -> mapper), problem());
		assertThat(json.path("httpStatus").asInt()).isEqualTo(409);
		assertThat(json.has("status")).isFalse();
		assertThat(json.path("code").asString()).isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void mapperShouldBeAskedOnceOnFirstUse() {
		AtomicInteger calls = new AtomicInteger();
		Jackson3ProblemJsonWriter writer = new Jackson3ProblemJsonWriter(() -> {
			calls.incrementAndGet();
			return new JsonMapper();
		});
		assertThat(calls).hasValue(0);
		write(writer, problem());
		write(writer, problem());
		assertThat(calls).hasValue(1);
	}

	@Test
	void writeWhenPropertyCannotBeWrittenShouldThrowUncheckedJacksonException() {
		ProblemDetail problem = problem();
		problem.setProperty("broken", new Unwritable());
		Jackson3ProblemJsonWriter writer = new Jackson3ProblemJsonWriter(JsonMapper::new);
		assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> writer.write(problem))
			.withMessageContaining("broken");
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatus(409);
		problem.setType(URI.create("about:blank"));
		problem.setTitle("Conflict");
		problem.setInstance(URI.create("/orders/7"));
		problem.setProperty("code", "OUT_OF_STOCK");
		problem.setProperty("requestId", "r1");
		return problem;
	}

	private static JsonNode write(Jackson3ProblemJsonWriter writer, ProblemDetail problem) {
		return reader.readTree(writer.write(problem));
	}

	private static void assertFlattened(JsonNode json) {
		assertThat(json.path("type").asString()).isEqualTo("about:blank");
		assertThat(json.path("title").asString()).isEqualTo("Conflict");
		assertThat(json.path("status").asInt()).isEqualTo(409);
		assertThat(json.path("instance").asString()).isEqualTo("/orders/7");
		assertThat(json.path("code").asString()).isEqualTo("OUT_OF_STOCK");
		assertThat(json.path("requestId").asString()).isEqualTo("r1");
		assertThat(json.has("properties")).isFalse();
		// the mixin leaves out members without a value
		assertThat(json.has("detail")).isFalse();
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	interface RenamingProblemDetailMixin {

		@JsonProperty("httpStatus")
		int getStatus();

		@JsonAnyGetter
		Map<String, Object> getProperties();

	}

	static class Unwritable {

		@JsonProperty
		String getValue() {
			throw new IllegalStateException("cannot be read");
		}

	}

}
