package io.github.errorstarter.resolve;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.MethodValidationAdapter;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ValidationErrorExtractor}, with a real bean validation provider.
 */
class ValidationErrorExtractorTests {

	private final ValidatorFactory validatorFactory = Validation.buildDefaultValidatorFactory();

	@AfterEach
	void closeValidatorFactory() {
		this.validatorFactory.close();
	}

	@Test
	void extractWhenBindingResultShouldListFieldErrorsThenGlobalErrors() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Order("", 0), "order");
		result.reject("DateRange", "dates are reversed");
		result.rejectValue("quantity", "Positive", "must be greater than 0");
		List<ValidationError> errors = ValidationErrorExtractor.extract(new BindException(result));
		assertThat(errors).containsExactly(
				new ValidationError("quantity", "#/quantity", "must be greater than 0", "Positive"),
				ValidationError.global("dates are reversed", "DateRange"));
	}

	@Test
	void extractWhenConstraintViolationsShouldUseAnnotationAsCode() {
		Order order = new Order("", 0);
		ConstraintViolationException ex = new ConstraintViolationException(
				this.validatorFactory.getValidator().validate(order));
		assertThat(ValidationErrorExtractor.extract(ex)).extracting(ValidationError::field, ValidationError::code)
			.containsExactly(tuple("email", "NotBlank"), tuple("quantity", "Positive"));
	}

	@Test
	void extractWhenBindingResultShouldListFieldsInDeclarationOrderOnEveryCall() {
		for (int i = 0; i < 20; i++) {
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Order("", 0), "order");
			result.rejectValue("quantity", "Positive", "must be greater than 0");
			result.rejectValue("email", "NotBlank", "must not be blank");
			result.rejectValue("email", "Email", "must be a well-formed email address");
			assertThat(ValidationErrorExtractor.extract(new BindException(result)))
				.extracting(ValidationError::field, ValidationError::code)
				.containsExactly(tuple("email", "Email"), tuple("email", "NotBlank"), tuple("quantity", "Positive"));
		}
	}

	@Test
	void extractWhenMethodValidationShouldPrefixFieldsWithParameterName() throws Exception {
		Method method = OrderService.class.getDeclaredMethod("place", String.class, Order.class);
		MethodValidationAdapter adapter = new MethodValidationAdapter(this.validatorFactory);
		MethodValidationResult result = adapter.validateArguments(new OrderService(), method, null,
				new Object[] { " ", new Order("not-an-email", 3) }, new Class<?>[0]);
		List<ValidationError> errors = ValidationErrorExtractor.extract(new MethodValidationException(result));
		assertThat(errors).extracting(ValidationError::field, ValidationError::pointer, ValidationError::code)
			.containsExactly(tuple("customer", "#/customer", "NotBlank"),
					tuple("order.email", "#/order/email", "Email"));
	}

	@Test
	void extractWhenMethodValidationOfListShouldIndexElements() throws Exception {
		Method method = OrderService.class.getDeclaredMethod("placeAll", List.class);
		MethodValidationAdapter adapter = new MethodValidationAdapter(this.validatorFactory);
		List<Order> orders = List.of(new Order("a@example.com", 1), new Order("a@example.com", 0));
		MethodValidationResult result = adapter.validateArguments(new OrderService(), method, null,
				new Object[] { orders }, new Class<?>[0]);
		List<ValidationError> errors = ValidationErrorExtractor.extract(new MethodValidationException(result));
		assertThat(errors).extracting(ValidationError::field, ValidationError::code)
			.containsExactly(tuple("orders[1].quantity", "Positive"));
	}

	@Test
	void extractWhenNotValidationFailureShouldReturnEmpty() {
		assertThat(ValidationErrorExtractor.extract(new IllegalStateException())).isEmpty();
		assertThat(ValidationErrorExtractor.extract(new jakarta.validation.ValidationException())).isEmpty();
	}

	static class Order {

		@NotBlank
		@Email
		private final String email;

		@Positive
		private final int quantity;

		Order(String email, int quantity) {
			this.email = email;
			this.quantity = quantity;
		}

		public String getEmail() {
			return this.email;
		}

		public int getQuantity() {
			return this.quantity;
		}

	}

	static class OrderService {

		void place(@NotBlank String customer, @Valid Order order) {
		}

		void placeAll(@Valid List<Order> orders) {
		}

	}

}
