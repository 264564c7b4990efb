/**
 * The Sentry bridge: reports resolved server errors to Sentry with the original
 * exception, once per failing request, and hands the event id to the response.
 */
package io.github.errorstarter.sentry;
