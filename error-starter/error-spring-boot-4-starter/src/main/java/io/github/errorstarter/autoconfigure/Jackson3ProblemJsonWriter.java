package io.github.errorstarter.autoconfigure;

import java.util.function.Supplier;

import io.github.errorstarter.render.ProblemJsonWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.util.function.SingletonSupplier;

/**
 * Writes problem bodies with the application's Jackson 3 {@link JsonMapper}, asked for
 * once, on first use. Jackson 3 throws only unchecked exceptions.
 */
final class Jackson3ProblemJsonWriter implements ProblemJsonWriter {

	private final Supplier<JsonMapper> jsonMapper;

	Jackson3ProblemJsonWriter(Supplier<JsonMapper> jsonMapper) {
		this.jsonMapper = SingletonSupplier.of(() -> withProblemDetailMixin(jsonMapper.get()));
	}

	@Override
	public byte[] write(ProblemDetail problem) {
		return this.jsonMapper.get().writeValueAsBytes(problem);
	}

	// Boot 4 adds Spring's mixin, which writes ProblemDetail properties as top-level
	// members, to its JsonMapper; Framework 7 no longer does, so any other mapper lacks
	// it.
	// Either way the members are put in RFC 9457's order, as Jackson 2 writes them; a
	// mixin of the application's own is left alone.
	private static JsonMapper withProblemDetailMixin(JsonMapper mapper) {
		Class<?> mixin = mapper.serializationConfig().findMixInClassFor(ProblemDetail.class);
		if (mixin != null && mixin != ProblemDetailJacksonMixin.class) {
			return mapper;
		}
		return mapper.rebuild().addMixIn(ProblemDetail.class, OrderedProblemDetailMixin.class).build();
	}

}
