/**
 * The account pages, guarded by Spring Security: a 403 from an access-denied handler.
 */
package io.github.errorstarter.sample.account;
