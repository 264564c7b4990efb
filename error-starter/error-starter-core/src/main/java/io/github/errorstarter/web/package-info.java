/**
 * The servlet doors into the pipeline: a controller advice for what handlers throw, a
 * filter for what escapes the rest of the filter chain, and the handler behind each
 * Spring Boot line's error controller for what reaches the servlet error page. They share
 * the {@link io.github.errorstarter.web.ServletErrorHandler}, which hands the request to
 * the pipeline as a {@link io.github.errorstarter.web.ServletErrorRequest} and writes
 * what it renders; everything that depends on the Servlet API lives here.
 */
package io.github.errorstarter.web;
