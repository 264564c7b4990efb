package io.github.errorstarter.render;

import io.github.errorstarter.context.ErrorContext;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An error rendered for its client, for the door to write as it is: the status, the
 * headers, the content type and the body, whose length is the {@code Content-Length}.
 * Every decision about the response is made; what is left to the door is what only its
 * web stack can do, such as leaving a response that is already committed alone.
 *
 * @param error the error
 * @param headers the headers to set, replacing any of the same name already set (the
 * error's own, such as {@code Allow}, and {@code Cache-Control}), except {@code Vary},
 * whose values are added to those already set (such as CORS's {@code Vary: Origin});
 * without {@code Content-Type} and {@code Content-Length}
 * @param contentType the media type of the body, with its charset where it needs one
 * @param body the bytes of the body
 * @param sendBody whether the body is sent; {@code false} for a {@code HEAD} request,
 * whose response says the type and length of the body it does not carry
 * @since 0.1.0
 */
public record RenderedError(ErrorContext error, HttpHeaders headers, MediaType contentType, byte[] body,
		boolean sendBody) {

	/**
	 * Return the HTTP status of the response.
	 * @return the status
	 */
	public int status() {
		return this.error.getStatus();
	}

}
