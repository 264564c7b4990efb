package io.github.errorstarter.resolve;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.lang.Nullable;
import org.springframework.util.ConcurrentReferenceHashMap;

/**
 * Puts validation errors in an order that is the same on every call: bean validation
 * reports its violations as a hash set, whose order changes from one request to the next
 * and between validator versions, which breaks snapshot tests and client diffs. Fields
 * come in the order the validated class declares them (record components, else fields,
 * superclass first), then by JSON pointer (indexes numerically), constraint code and
 * message; errors on the object as a whole come last.
 */
final class ValidationErrorOrder {

	// soft references, so that a cached class does not keep its class loader alive
	private static final Map<Class<?>, List<String>> declaredNames = new ConcurrentReferenceHashMap<>();

	private ValidationErrorOrder() {
	}

	/**
	 * Return the errors in their stable order.
	 * @param errors the errors as the validator reported them
	 * @param validated the class of the validated object, if known
	 * @return a new list, sorted
	 */
	static List<ValidationError> sort(List<ValidationError> errors, @Nullable Class<?> validated) {
		if (errors.size() < 2) {
			return errors;
		}
		List<String> declared = (validated != null)
				? declaredNames.computeIfAbsent(validated, ValidationErrorOrder::names) : List.of();
		List<ValidationError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparing(ValidationError::field, Comparator.nullsLast(byDeclaration(declared)))
			.thenComparing(ValidationError::pointer, Comparator.nullsLast(ValidationErrorOrder::comparePointers))
			.thenComparing(ValidationError::code, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ValidationError::message, Comparator.nullsLast(Comparator.naturalOrder())));
		return sorted;
	}

	// only the first segment has a declaration; deeper ones fall through to the pointer
	private static Comparator<String> byDeclaration(List<String> declared) {
		return Comparator.comparingInt((field) -> {
			int index = declared.indexOf(firstSegment(field));
			return (index >= 0) ? index : Integer.MAX_VALUE;
		});
	}

	private static String firstSegment(String field) {
		int end = 0;
		while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
			end++;
		}
		return field.substring(0, end);
	}

	private static int comparePointers(String left, String right) {
		String[] leftSegments = left.split("/");
		String[] rightSegments = right.split("/");
		for (int i = 0; i < Math.min(leftSegments.length, rightSegments.length); i++) {
			int result = compareSegments(leftSegments[i], rightSegments[i]);
			if (result != 0) {
				return result;
			}
		}
		return Integer.compare(leftSegments.length, rightSegments.length);
	}

	// list indexes compare as numbers, so that item 10 comes after item 9
	private static int compareSegments(String left, String right) {
		if (isIndex(left) && isIndex(right)) {
			int result = Integer.compare(left.length(), right.length());
			return (result != 0) ? result : left.compareTo(right);
		}
		return left.compareTo(right);
	}

	private static boolean isIndex(String segment) {
		return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
	}

	private static List<String> names(Class<?> type) {
		try {
			return declaredNamesOf(type);
		}
		catch (RuntimeException | LinkageError ex) {
			// a class that cannot be introspected is still sorted, by pointer
			return List.of();
		}
	}

	private static List<String> declaredNamesOf(Class<?> type) {
		if (type.isRecord()) {
			List<String> names = new ArrayList<>();
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return List.copyOf(names);
		}
		List<String> names = new ArrayList<>();
		addFieldNames(type, names);
		return List.copyOf(names);
	}

	private static void addFieldNames(@Nullable Class<?> type, List<String> names) {
		if (type == null || type == Object.class) {
			return;
		}
		addFieldNames(type.getSuperclass(), names);
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
				names.add(field.getName());
			}
		}
	}

}
