/**
 * The error on its way through the pipeline: the
 * {@link io.github.errorstarter.context.ErrorContext} that report and render both read,
 * below both of them so that neither depends on the pipeline that calls them.
 */
package io.github.errorstarter.context;
