/**
 * The JSON API: validation, mapped exceptions, unusual statuses.
 */
package io.github.errorstarter.sample.api;
