/**
 * Auto-configuration of error-starter on Spring Boot 3.5: what names the types of this
 * Boot line (its error controller, Jackson 2, Sentry's jakarta integration). The rest of
 * the wiring, in the same package, is shared with the Boot 4 line.
 * <ul>
 * <li>API: {@link io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration},
 * {@link io.github.errorstarter.autoconfigure.ErrorsSentryAutoConfiguration} (to order
 * against or exclude) and
 * {@link io.github.errorstarter.autoconfigure.ErrorsErrorController}.</li>
 * <li>Internal: the Jackson 2 {@code ProblemJsonWriter}, package-private.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.autoconfigure;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
