/**
 * Suite: what the logging reporter writes, and the request metrics of handled errors.
 */
package io.github.errorstarter.conformance.report;
