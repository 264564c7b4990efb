/**
 * The error on its way through the pipeline, below the stages that read it so that none
 * of them depends on the pipeline that calls them.
 * <ul>
 * <li>SPI: {@link io.github.errorstarter.context.ErrorRequest}, which each web stack's
 * doors implement (the servlet one is
 * {@code io.github.errorstarter.web.ServletErrorRequest}).</li>
 * <li>API: {@link io.github.errorstarter.context.ErrorContext}, which reporters,
 * renderers and customizers read.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.context;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
