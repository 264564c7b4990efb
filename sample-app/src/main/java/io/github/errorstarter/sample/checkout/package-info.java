/**
 * The checkout, whose payment gateway fails in the ways real gateways do.
 */
package io.github.errorstarter.sample.checkout;
