/**
 * Resolve: turns an exception (or a bare status) into one immutable
 * {@link io.github.errorstarter.resolve.ErrorDescription}.
 * <ul>
 * <li>SPI (applications implement it, as beans):
 * {@link io.github.errorstarter.resolve.ErrorResolutionCustomizer}.</li>
 * <li>API (applications construct or call it):
 * {@link io.github.errorstarter.resolve.ErrorResolver},
 * {@link io.github.errorstarter.resolve.ErrorDescription} and its builder,
 * {@link io.github.errorstarter.resolve.ErrorMessages},
 * {@link io.github.errorstarter.resolve.ExceptionMapping},
 * {@link io.github.errorstarter.resolve.ExceptionMappings},
 * {@link io.github.errorstarter.resolve.ExceptionUnwrapper},
 * {@link io.github.errorstarter.resolve.ErrorCodes},
 * {@link io.github.errorstarter.resolve.IncludeMessage},
 * {@link io.github.errorstarter.resolve.ValidationError}.</li>
 * <li>Internal: {@link io.github.errorstarter.resolve.BuiltInMappings} and
 * {@link io.github.errorstarter.resolve.ExceptionClasses} are public for the other stages
 * and the wiring only; the rest is package-private.</li>
 * </ul>
 * Nothing here depends on a web stack.
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.resolve;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
