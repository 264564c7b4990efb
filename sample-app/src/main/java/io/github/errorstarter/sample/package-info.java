/**
 * A small shop with an API that shows every feature of error-starter.
 */
package io.github.errorstarter.sample;
