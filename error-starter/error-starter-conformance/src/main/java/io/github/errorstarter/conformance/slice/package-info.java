/**
 * Tests of the starter in Spring Boot's {@code @WebMvcTest} slice, which every Boot line
 * subclasses with its own annotation. Test support, not API.
 */
@NonNullApi
package io.github.errorstarter.conformance.slice;

import org.springframework.lang.NonNullApi;
