/**
 * The doors into the pipeline: a controller advice for what handlers throw, a filter for
 * what escapes the rest of the filter chain, and an error controller for what reaches the
 * servlet error page.
 */
package io.github.errorstarter.web;
