/**
 * Report: who hears about each resolved error (the log, Sentry, the application's own
 * reporters).
 */
package io.github.errorstarter.report;
