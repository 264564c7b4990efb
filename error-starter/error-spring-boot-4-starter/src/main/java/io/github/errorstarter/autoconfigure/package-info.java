/**
 * Auto-configuration of error-starter on Spring Boot 4: what names the types of this Boot
 * line (its error controller, Jackson 3, Sentry's Spring 7 integration). The rest of the
 * wiring, in the same package, is shared with the Boot 3.5 line.
 * <ul>
 * <li>API: {@link io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration},
 * {@link io.github.errorstarter.autoconfigure.ErrorsSentryAutoConfiguration} (to order
 * against or exclude) and
 * {@link io.github.errorstarter.autoconfigure.ErrorsErrorController}, with the same names
 * as on the Boot 3.5 line.</li>
 * <li>Internal: the Jackson 3 {@code ProblemJsonWriter} and its ordering mixin,
 * package-private.</li>
 * </ul>
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.autoconfigure;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
