package io.github.errorstarter.autoconfigure;

import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorstarter.render.ProblemJsonWriter;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.util.function.SingletonSupplier;

/**
 * Writes problem bodies with the application's Jackson 2 {@link ObjectMapper}, asked for
 * once, on first use.
 */
final class Jackson2ProblemJsonWriter implements ProblemJsonWriter {

	private final Supplier<ObjectMapper> objectMapper;

	Jackson2ProblemJsonWriter(Supplier<ObjectMapper> objectMapper) {
		this.objectMapper = SingletonSupplier.of(() -> withProblemDetailMixin(objectMapper.get()));
	}

	@Override
	public byte[] write(ProblemDetail problem) throws JsonProcessingException {
		return this.objectMapper.get().writeValueAsBytes(problem);
	}

	// an ObjectMapper not built by Spring's Jackson2ObjectMapperBuilder lacks the mixin
	// that writes ProblemDetail properties as top-level members
	private static ObjectMapper withProblemDetailMixin(ObjectMapper mapper) {
		if (mapper.findMixInClassFor(ProblemDetail.class) != null) {
			return mapper;
		}
		return mapper.copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
	}

}
