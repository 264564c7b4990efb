/**
 * A fake Sentry ingest on 127.0.0.1, for tests of apps that report to Sentry.
 */
package io.github.errorstarter.test.sentry;
