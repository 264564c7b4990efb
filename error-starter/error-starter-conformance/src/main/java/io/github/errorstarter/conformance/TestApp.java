package io.github.errorstarter.conformance;

/**
 * The test applications the suite runs against. Each web stack implements every one with
 * the same endpoints, so that one suite proves every stack; the servlet apps are in
 * {@code io.github.errorstarter.conformance.servlet}.
 *
 * @since 0.1.0
 */
public enum TestApp {

	/**
	 * One endpoint per error source: controllers ({@code /api/**} and the page tests'
	 * endpoints), failing filters before and after the starter's own, async handlers,
	 * views that fail, committed responses, {@code sendError}, and the app's own
	 * {@code @ExceptionHandler} for one exception.
	 */
	SCENARIOS,

	/**
	 * Endpoints that fail with 403, 404 and 500 under folders of fixture templates
	 * ({@code conformance/pages-chain/}), which name their own path.
	 */
	TEMPLATE_CHAIN,

	/**
	 * The faults of the error path: a reporter that throws, a committed response, a body
	 * that cannot be written, and endpoints for the hostile-input and soak runs.
	 */
	HARDENING,

	/**
	 * A small API documented by springdoc-openapi: operations with and without a body,
	 * parameters and path variables, exceptions declared in {@code throws} clauses (one
	 * mapped in properties), and responses the app declares with {@code @ApiResponse}.
	 */
	OPENAPI

}
