package io.github.errorstarter.autoconfigure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Spring's {@link ProblemDetailJacksonMixin} with the members of {@link ProblemDetail} in
 * RFC 9457's order. Jackson 3 sorts properties alphabetically by default, which would
 * write {@code detail} first; with this order a problem body reads the same on both Boot
 * lines.
 */
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
interface OrderedProblemDetailMixin extends ProblemDetailJacksonMixin {

}
