/**
 * The core every door calls: resolve, then report, then render, around one
 * {@link io.github.errorstarter.context.ErrorContext}.
 * <ul>
 * <li>SPI: {@link io.github.errorstarter.pipeline.TraceIdSource}, which applications
 * implement as a bean to read trace ids elsewhere than the MDC.</li>
 * <li>API: {@link io.github.errorstarter.pipeline.ErrorPipeline}, which doors call, and
 * {@link io.github.errorstarter.pipeline.MdcTraceIdSource}.</li>
 * </ul>
 * Nothing here depends on a web stack.
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.pipeline;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
