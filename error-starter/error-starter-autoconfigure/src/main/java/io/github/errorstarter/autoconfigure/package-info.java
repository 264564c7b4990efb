/**
 * Auto-configuration of error-starter: wiring only, never component-scanned.
 */
package io.github.errorstarter.autoconfigure;
