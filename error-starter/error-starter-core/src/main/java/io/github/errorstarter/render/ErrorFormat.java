package io.github.errorstarter.render;

/**
 * The formats an error is rendered in.
 *
 * @since 0.1.0
 */
public enum ErrorFormat {

	/**
	 * An RFC 9457 {@code application/problem+json} body.
	 */
	JSON,

	/**
	 * An HTML page from a Thymeleaf template.
	 */
	HTML

}
