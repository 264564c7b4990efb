/**
 * Suite: the Sentry bridge against the fake Sentry ingest, on and off, beside
 * sentry-logback and Sentry's own resolver, and while the ingest misbehaves.
 */
package io.github.errorstarter.conformance.sentry;
