/**
 * The benchmark app: the same endpoints with error-starter or with Spring Boot's own
 * error handling.
 */
package io.github.errorstarter.bench;
