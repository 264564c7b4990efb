/**
 * The Sentry bridge: reports resolved server errors to Sentry with the original
 * exception, once per failing request, and hands the event id to the response.
 * <ul>
 * <li>SPI: {@link io.github.errorstarter.sentry.SentryRequestSource}, what a web stack
 * tells Sentry about the request (the servlet one is
 * {@link io.github.errorstarter.sentry.ServletSentryRequestSource}).</li>
 * <li>API: {@link io.github.errorstarter.sentry.SentryErrorReporter},
 * {@link io.github.errorstarter.sentry.SentryEventFactory},
 * {@link io.github.errorstarter.sentry.ReportableErrors},
 * {@link io.github.errorstarter.sentry.SentryEventIdRecorder},
 * {@link io.github.errorstarter.sentry.ErrorLogEventFilter}.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.sentry;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
