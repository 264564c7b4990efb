package io.github.errorstarter.conformance.app;

import io.github.errorstarter.conformance.app.ScenarioExceptions.UserLookupException;

/**
 * Throws the exceptions whose stack frames the suite checks, so that the top frame is the
 * same on every stack whatever controller calls it.
 *
 * @since 0.1.0
 */
public final class Failures {

	/**
	 * The secret in the message of 5xx exceptions, which must never reach a client.
	 */
	public static final String SECRET = "db-password=hunter2";

	private Failures() {
	}

	/**
	 * Throw {@code IllegalStateException("boom")}.
	 * @return never
	 */
	public static String boom() {
		throw new IllegalStateException("boom");
	}

	/**
	 * Throw {@code IllegalStateException("storm")}, for repeats of one stack.
	 * @return never
	 */
	public static String storm() {
		throw new IllegalStateException("storm");
	}

	/**
	 * Throw a {@link UserLookupException} for the given user.
	 * @param id the user's id
	 * @return never
	 */
	public static String user(String id) {
		throw new UserLookupException("lookup of user " + id + " failed");
	}

}
