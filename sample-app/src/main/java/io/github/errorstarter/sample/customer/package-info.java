/**
 * The customer profile pages.
 */
package io.github.errorstarter.sample.customer;
