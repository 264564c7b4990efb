/**
 * Auto-configuration of error-starter: wiring only, never component-scanned. This module
 * holds what both Spring Boot lines share; each line's starter adds, in the same package,
 * what names its own Boot types.
 * <ul>
 * <li>API: {@link io.github.errorstarter.autoconfigure.ErrorsProperties} (the
 * {@code errors.*} properties) and
 * {@link io.github.errorstarter.autoconfigure.DevelopmentSettingsWarning}.</li>
 * <li>Internal: the shared {@code @Configuration} classes and the settings they read,
 * package-private.</li>
 * </ul>
 * The extension points the wiring picks up as beans, in {@code @Order}, are the SPIs of
 * the core: {@code ErrorReporter}, {@code ErrorResolutionCustomizer},
 * {@code ProblemDetailCustomizer}, {@code ErrorDispatchListener}, and, one each,
 * {@code ErrorPageRenderer}, {@code ProblemJsonWriter}, {@code TraceIdSource} and
 * {@code ThymeleafContextFactory}.
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.autoconfigure;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
