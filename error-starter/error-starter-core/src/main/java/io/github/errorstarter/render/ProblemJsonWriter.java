package io.github.errorstarter.render;

import java.io.IOException;

import org.springframework.http.ProblemDetail;

/**
 * Writes a {@link ProblemDetail} as JSON, its properties as top-level members (RFC 9457).
 * Each Spring Boot line of the starter supplies one backed by the application's own JSON
 * mapper (Jackson 2's {@code ObjectMapper}, Jackson 3's {@code JsonMapper}), so the core
 * names no mapper type. SPI: an application may supply its own bean.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProblemJsonWriter {

	/**
	 * Write a problem as JSON.
	 * @param problem the problem
	 * @return the UTF-8 bytes of the JSON document
	 * @throws IOException if the problem cannot be written (Jackson 2); an implementation
	 * may throw an unchecked exception instead (Jackson 3)
	 */
	byte[] write(ProblemDetail problem) throws IOException;

}
