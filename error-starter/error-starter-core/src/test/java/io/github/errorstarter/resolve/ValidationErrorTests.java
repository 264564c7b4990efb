package io.github.errorstarter.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ValidationError}.
 */
class ValidationErrorTests {

	@Test
	void forFieldWhenSimpleFieldShouldPointAtIt() {
		ValidationError error = ValidationError.forField("email", "must be an email", "Email");
		assertThat(error).isEqualTo(new ValidationError("email", "#/email", "must be an email", "Email"));
	}

	@Test
	void forFieldWhenNestedPathShouldUseSlashes() {
		assertThat(ValidationError.forField("address.city", null, null).pointer()).isEqualTo("#/address/city");
	}

	@Test
	void forFieldWhenIndexedPathShouldPointAtElement() {
		assertThat(ValidationError.forField("address.lines[0]", null, null).pointer()).isEqualTo("#/address/lines/0");
		assertThat(ValidationError.forField("items[2].quantity", null, null).pointer()).isEqualTo("#/items/2/quantity");
	}

	@Test
	void forFieldWhenNameHasSlashShouldEscapeIt() {
		assertThat(ValidationError.forField("attributes[a/b]", null, null).pointer()).isEqualTo("#/attributes/a~1b");
	}

	@Test
	void forFieldWhenNameHasTildeShouldEscapeItBeforeSlashes() {
		assertThat(ValidationError.forField("attributes[~/x]", null, null).pointer()).isEqualTo("#/attributes/~0~1x");
	}

	@Test
	void forFieldWhenMapKeyHasDotsShouldKeepKeyWhole() {
		assertThat(ValidationError.forField("labels[app.kubernetes.io].value", null, null).pointer())
			.isEqualTo("#/labels/app.kubernetes.io/value");
	}

	@Test
	void globalShouldHaveNoFieldAndNoPointer() {
		ValidationError error = ValidationError.global("dates are reversed", "DateRange");
		assertThat(error.field()).isNull();
		assertThat(error.pointer()).isNull();
		assertThat(error.message()).isEqualTo("dates are reversed");
		assertThat(error.code()).isEqualTo("DateRange");
	}

}
