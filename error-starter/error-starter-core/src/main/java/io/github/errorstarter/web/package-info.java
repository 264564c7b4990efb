/**
 * The servlet doors into the pipeline: a controller advice for what handlers throw, a
 * filter for what escapes the rest of the filter chain, and the handler behind each
 * Spring Boot line's error controller for what reaches the servlet error page. They share
 * the {@link io.github.errorstarter.web.ServletErrorHandler}, which hands the request to
 * the pipeline as a {@link io.github.errorstarter.web.ServletErrorRequest} and writes
 * what it renders; everything that depends on the Servlet API lives here.
 * <ul>
 * <li>SPI: {@link io.github.errorstarter.web.ErrorDispatchListener}, which integrations
 * implement as beans to keep what the servlet ERROR dispatch would lose.</li>
 * <li>API: {@link io.github.errorstarter.web.ErrorsControllerAdvice},
 * {@link io.github.errorstarter.web.ErrorsFilter},
 * {@link io.github.errorstarter.web.ErrorDispatchHandler},
 * {@link io.github.errorstarter.web.ServletErrorHandler} (for doors of an application's
 * own), {@link io.github.errorstarter.web.ServletErrorRequest},
 * {@link io.github.errorstarter.web.ServletThymeleafContextFactory}.</li>
 * <li>Internal: the response writer, package-private.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.web;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
