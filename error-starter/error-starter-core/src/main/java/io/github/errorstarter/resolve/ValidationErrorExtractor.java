package io.github.errorstarter.resolve;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.lang.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Reads the individual errors out of Spring's {@link BindingResult} and
 * {@link MethodValidationResult} and out of bean validation's
 * {@link ConstraintViolationException}.
 */
final class ValidationErrorExtractor {

	private static final boolean BEAN_VALIDATION_PRESENT = ClassUtils
		.isPresent("jakarta.validation.ConstraintViolationException", ValidationErrorExtractor.class.getClassLoader());

	private ValidationErrorExtractor() {
	}

	/**
	 * Extract the validation errors the exception carries.
	 * @param ex the exception
	 * @return the errors, empty if the exception is not a validation failure
	 */
	static List<ValidationError> extract(Throwable ex) {
		if (ex instanceof BindingResult bindingResult) {
			return fromBindingResult(bindingResult);
		}
		if (ex instanceof MethodValidationResult methodResult) {
			return fromMethodValidation(methodResult);
		}
		if (BEAN_VALIDATION_PRESENT) {
			return BeanValidation.extract(ex);
		}
		return List.of();
	}

	private static List<ValidationError> fromBindingResult(BindingResult result) {
		List<ValidationError> errors = new ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> errors
				.add(ValidationError.forField(error.getField(), error.getDefaultMessage(), lastCode(error))));
		result.getGlobalErrors()
			.forEach((error) -> errors.add(ValidationError.global(error.getDefaultMessage(), lastCode(error))));
		Object target = result.getTarget();
		return ValidationErrorOrder.sort(errors, (target != null) ? target.getClass() : null);
	}

	private static List<ValidationError> fromMethodValidation(MethodValidationResult result) {
		List<ValidationError> errors = new ArrayList<>();
		for (ParameterValidationResult parameter : result.getParameterValidationResults()) {
			String name = parameterPath(parameter);
			List<ValidationError> parameterErrors = new ArrayList<>();
			for (MessageSourceResolvable error : parameter.getResolvableErrors()) {
				String field = (error instanceof FieldError fieldError) ? name + "." + fieldError.getField() : name;
				parameterErrors.add(ValidationError.forField(field, error.getDefaultMessage(), lastCode(error)));
			}
			// parameters in their declared order, each one's errors by pointer
			errors.addAll(ValidationErrorOrder.sort(parameterErrors, null));
		}
		return errors;
	}

	// an element of a list or map argument is named by its index or key, so clients can
	// find it
	private static String parameterPath(ParameterValidationResult parameter) {
		String name = parameter.getMethodParameter().getParameterName();
		Object position = (parameter.getContainerIndex() != null) ? parameter.getContainerIndex()
				: parameter.getContainerKey();
		return (position != null) ? name + "[" + position + "]" : name;
	}

	@Nullable
	private static String lastCode(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return (codes != null && codes.length > 0) ? codes[codes.length - 1] : null;
	}

	// a nested class so that bean validation stays an optional dependency
	private static final class BeanValidation {

		static List<ValidationError> extract(Throwable ex) {
			if (!(ex instanceof ConstraintViolationException violations)) {
				return List.of();
			}
			List<ValidationError> errors = new ArrayList<>();
			Class<?> validated = null;
			for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
				String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
				errors.add(
						ValidationError.forField(violation.getPropertyPath().toString(), violation.getMessage(), code));
				validated = violation.getRootBeanClass();
			}
			return ValidationErrorOrder.sort(errors, validated);
		}

	}

}
