package io.github.errorstarter.resolve;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ErrorDescription}.
 */
class ErrorDescriptionTests {

	private final ErrorDescription description = new ErrorDescription(404, ErrorDescription.BLANK_TYPE, "Not Found",
			"No order 7.", true, "ORDER_NOT_FOUND", List.of(ValidationError.global("bad", "Bad")), Map.of("orderId", 7),
			headers("Allow", "GET"));

	@Test
	void mutateWithoutChangesShouldBuildAnEqualDescription() {
		ErrorDescription copy = this.description.mutate().build();
		assertThat(copy).usingRecursiveComparison().isEqualTo(this.description);
	}

	@Test
	void mutateShouldChangeOnlyWhatIsSet() {
		ErrorDescription changed = this.description.mutate()
			.status(410)
			.type(URI.create("https://example.com/problems/gone"))
			.title("Gone")
			.code("ORDER_GONE")
			.property("orderId", null)
			.property("archivedAt", "2026-01-01")
			.headers((headers) -> headers.add("Retry-After", "60"))
			.build();
		assertThat(changed.status()).isEqualTo(410);
		assertThat(changed.type()).hasToString("https://example.com/problems/gone");
		assertThat(changed.title()).isEqualTo("Gone");
		assertThat(changed.code()).isEqualTo("ORDER_GONE");
		assertThat(changed.detail()).isEqualTo("No order 7.");
		assertThat(changed.errors()).isEqualTo(this.description.errors());
		assertThat(changed.properties()).containsOnly(Map.entry("archivedAt", "2026-01-01"));
		assertThat(changed.headers().getFirst("Allow")).isEqualTo("GET");
		assertThat(changed.headers().getFirst("Retry-After")).isEqualTo("60");
		assertThat(this.description.properties()).containsOnly(Map.entry("orderId", 7));
		assertThat(this.description.headers().containsKey("Retry-After")).isFalse();
	}

	@Test
	void mutateDetailShouldSayWhetherPagesShowIt() {
		assertThat(this.description.mutate().detail("Order 7 was archived.").build().showDetail()).isTrue();
		assertThat(this.description.mutate().detail("Generic text.", false).build().showDetail()).isFalse();
	}

	@Test
	void mutateStatusShouldRejectWhatIsNoErrorStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.description.mutate().status(302))
			.withMessageContaining("302");
	}

	@Test
	void isServerErrorShouldHoldForTheFiveHundreds() {
		assertThat(ErrorDescription.isServerError(500)).isTrue();
		assertThat(ErrorDescription.isServerError(599)).isTrue();
		assertThat(ErrorDescription.isServerError(499)).isFalse();
		assertThat(ErrorDescription.isServerError(600)).isFalse();
		assertThat(this.description.isServerError()).isFalse();
	}

	private static HttpHeaders headers(String name, String value) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(name, value);
		return headers;
	}

}
