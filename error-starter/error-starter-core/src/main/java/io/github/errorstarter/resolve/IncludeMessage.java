package io.github.errorstarter.resolve;

/**
 * When the exception's own message (or the mapping's detail) may be shown to the client.
 *
 * @since 0.1.0
 */
public enum IncludeMessage {

	/**
	 * Show it for 4xx errors only; 5xx errors get a generic detail.
	 */
	CLIENT_ERRORS,

	/**
	 * Show it for every error, 5xx included: for development only.
	 */
	ALWAYS,

	/**
	 * Never show it; every error gets a generic detail.
	 */
	NEVER;

	/**
	 * Whether the message of an error with the given status may be shown.
	 * @param serverError whether the status is a 5xx
	 * @return {@code true} if the message may be shown
	 */
	public boolean allows(boolean serverError) {
		return switch (this) {
			case ALWAYS -> true;
			case NEVER -> false;
			case CLIENT_ERRORS -> !serverError;
		};
	}

}
