/**
 * Auto-configuration of error-starter on Spring Boot 4: what names the types of this Boot
 * line (its error controller, Jackson 3, Sentry's Spring 7 integration). The rest of the
 * wiring, in the same package, is shared with the Boot 3.5 line.
 */
package io.github.errorstarter.autoconfigure;
