/**
 * Suite: faults inside the error path, and (tagged {@code hardening}, run with
 * {@code -Phardening}) hostile input and a soak.
 */
package io.github.errorstarter.conformance.hardening;
