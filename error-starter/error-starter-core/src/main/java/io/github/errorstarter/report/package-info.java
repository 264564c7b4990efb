/**
 * Report: who hears about each resolved error (the log, Sentry, the application's own
 * reporters).
 * <ul>
 * <li>SPI: {@link io.github.errorstarter.report.ErrorReporter}, which applications
 * implement as beans (metrics, chat alerts).</li>
 * <li>API: {@link io.github.errorstarter.report.LoggingErrorReporter},
 * {@link io.github.errorstarter.report.CompositeErrorReporter},
 * {@link io.github.errorstarter.report.ErrorLogLevels},
 * {@link io.github.errorstarter.report.RepeatedStacks},
 * {@link io.github.errorstarter.report.LogLevel}.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.report;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
