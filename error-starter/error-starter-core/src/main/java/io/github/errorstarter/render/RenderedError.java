package io.github.errorstarter.render;

import org.springframework.http.MediaType;

/**
 * A rendered error body and its media type, ready to be written.
 *
 * @param contentType the media type, with its charset where it needs one
 * @param body the bytes
 * @since 0.1.0
 */
public record RenderedError(MediaType contentType, byte[] body) {
}
