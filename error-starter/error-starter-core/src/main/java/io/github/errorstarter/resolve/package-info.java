/**
 * Resolve: turns an exception (or a bare status) into one immutable
 * {@link io.github.errorstarter.resolve.ErrorDescription}.
 */
package io.github.errorstarter.resolve;
