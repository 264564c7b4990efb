package io.github.errorstarter.autoconfigure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Spring's {@link ProblemDetailJacksonMixin} with the members of {@link ProblemDetail} in
 * RFC 9457's order. Jackson 3 sorts properties alphabetically by default, which would
 * write {@code detail} first; with this order a problem body reads the same on both Boot
 * lines. Class annotations of a mixin's supertypes do not apply, so Spring's
 * {@code NON_EMPTY} is repeated here.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
interface OrderedProblemDetailMixin extends ProblemDetailJacksonMixin {

}
