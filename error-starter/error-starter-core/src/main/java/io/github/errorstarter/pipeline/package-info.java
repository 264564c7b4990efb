/**
 * The core every door calls: resolve, then report, then render, around one
 * {@link io.github.errorstarter.context.ErrorContext}.
 */
package io.github.errorstarter.pipeline;
