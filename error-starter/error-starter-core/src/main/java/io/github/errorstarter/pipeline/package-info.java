/**
 * The core every door calls: resolve, then report, then render, around one
 * {@link io.github.errorstarter.pipeline.ErrorContext}.
 */
package io.github.errorstarter.pipeline;
