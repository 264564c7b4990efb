/**
 * Suite: the errors in the OpenAPI document springdoc-openapi serves, read over HTTP.
 */
package io.github.errorstarter.conformance.openapi;
