package io.github.errorstarter.render;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * {@link ProblemJsonWriter}s for tests, backed by a Jackson 2 {@link ObjectMapper} with
 * Spring's {@link ProblemDetail} mixin, as the application's mapper has it.
 */
public final class TestJsonWriters {

	private TestJsonWriters() {
	}

	public static ProblemJsonWriter jackson2() {
		return jackson2(new ObjectMapper());
	}

	public static ProblemJsonWriter jackson2(ObjectMapper mapper) {
		ObjectMapper withMixin = (mapper.findMixInClassFor(ProblemDetail.class) != null) ? mapper
				: mapper.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
		return withMixin::writeValueAsBytes;
	}

}
