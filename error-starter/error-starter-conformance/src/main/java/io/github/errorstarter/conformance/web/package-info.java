/**
 * Suite: exceptions that escape the filter chain.
 */
package io.github.errorstarter.conformance.web;
