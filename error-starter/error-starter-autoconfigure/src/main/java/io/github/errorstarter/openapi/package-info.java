/**
 * The errors of an application in its OpenAPI documents, when springdoc-openapi is on the
 * class path: the {@code Problem} schema of the bodies error-starter renders, and
 * {@code application/problem+json} responses on each operation for the statuses it can
 * answer with. Internal: the auto-configuration wires these classes; an application
 * replaces one with a bean of its own type, or switches them off with
 * {@code errors.openapi.enabled=false}.
 */
@NonNullApi
@NonNullFields
package io.github.errorstarter.openapi;

import org.springframework.lang.NonNullApi;
import org.springframework.lang.NonNullFields;
