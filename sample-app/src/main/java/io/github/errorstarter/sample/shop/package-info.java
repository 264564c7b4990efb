/**
 * The shop's home page and order export.
 */
package io.github.errorstarter.sample.shop;
