/**
 * Suite: problem bodies for every error source, format negotiation, bad input, and the
 * starter switched off.
 */
package io.github.errorstarter.conformance.integration;
