/**
 * Auto-configuration of error-starter on Spring Boot 3.5: what names the types of this
 * Boot line (its error controller, Jackson 2, Sentry's jakarta integration). The rest of
 * the wiring, in the same package, is shared with the Boot 4 line.
 */
package io.github.errorstarter.autoconfigure;
