package io.github.errorstarter.resolve;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ValidationErrorOrder}.
 */
class ValidationErrorOrderTests {

	@Test
	void sortShouldFollowRecordComponentOrder() {
		List<ValidationError> errors = List.of(field("total"), field("name"), field("lines[0].sku"));
		assertThat(ValidationErrorOrder.sort(errors, OrderForm.class)).extracting(ValidationError::field)
			.containsExactly("name", "lines[0].sku", "total");
	}

	@Test
	void sortShouldFollowFieldOrderWithSuperclassFieldsFirst() {
		List<ValidationError> errors = List.of(field("zip"), field("street"), field("id"));
		assertThat(ValidationErrorOrder.sort(errors, Address.class)).extracting(ValidationError::field)
			.containsExactly("id", "street", "zip");
	}

	@Test
	void sortWhenClassUnknownShouldOrderByPointerWithNumericIndexes() {
		List<ValidationError> errors = List.of(field("lines[10].sku"), field("lines[9].sku"), field("lines[9].count"),
				field("customer"));
		assertThat(ValidationErrorOrder.sort(errors, null)).extracting(ValidationError::field)
			.containsExactly("customer", "lines[9].count", "lines[9].sku", "lines[10].sku");
	}

	@Test
	void sortShouldPutUndeclaredFieldsAfterDeclaredOnesAndGlobalErrorsLast() {
		List<ValidationError> errors = List.of(ValidationError.global("dates are reversed", "DateRange"),
				field("unknown"), field("total"));
		assertThat(ValidationErrorOrder.sort(errors, OrderForm.class)).extracting(ValidationError::field)
			.containsExactly("total", "unknown", null);
	}

	@Test
	void sortShouldOrderErrorsOfOneFieldByCodeThenMessage() {
		List<ValidationError> errors = List.of(ValidationError.forField("name", "b", "Size"),
				ValidationError.forField("name", "z", "NotBlank"), ValidationError.forField("name", "a", "Size"));
		assertThat(ValidationErrorOrder.sort(errors, OrderForm.class)).extracting(ValidationError::message)
			.containsExactly("z", "a", "b");
	}

	private static ValidationError field(String field) {
		return ValidationError.forField(field, "invalid", "Invalid");
	}

	record OrderForm(String name, List<String> lines, int total) {
	}

	static class Entity {

		static final String TABLE = "addresses";

		long id;

	}

	static class Address extends Entity {

		String street;

		String zip;

	}

}
