package io.github.errorstarter.resolve;

import java.util.Map;

import org.springframework.core.ExceptionDepthComparator;
import org.springframework.lang.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Lookups keyed by exception class: loading configured class names, and finding the entry
 * of the most specific class in an exception's hierarchy, as Spring's own
 * {@code @ExceptionHandler} resolution does. Internal: public for the other stages and
 * the wiring, not meant for applications.
 *
 * @since 0.1.0
 */
public final class ExceptionClasses {

	private ExceptionClasses() {
	}

	/**
	 * Return the value of the most specific class that the given class is, or extends.
	 * @param <V> the type of values
	 * @param byClass values keyed by exception class
	 * @param exceptionClass the class of the thrown exception
	 * @return the value, or {@code null} if no class in the hierarchy is a key
	 */
	@Nullable
	public static <V> V findMostSpecific(Map<Class<? extends Throwable>, V> byClass,
			Class<? extends Throwable> exceptionClass) {
		if (byClass.isEmpty()) {
			return null;
		}
		V exact = byClass.get(exceptionClass);
		if (exact != null) {
			return exact;
		}
		return byClass.keySet()
			.stream()
			.filter((mapped) -> mapped.isAssignableFrom(exceptionClass))
			.min(new ExceptionDepthComparator(exceptionClass))
			.map(byClass::get)
			.orElse(null);
	}

	/**
	 * Load an exception class named in a property, failing with the property's name.
	 * @param name the fully qualified class name
	 * @param classLoader the class loader to load the class with
	 * @param propertyPrefix the property the name came from, for the error message
	 * @return the class
	 * @throws IllegalStateException if the class does not exist or is not a
	 * {@link Throwable}
	 */
	@SuppressWarnings("unchecked")
	public static Class<? extends Throwable> load(String name, ClassLoader classLoader, String propertyPrefix) {
		Class<?> type;
		try {
			type = ClassUtils.forName(name.trim(), classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Unknown exception class '" + name + "' in " + propertyPrefix
					+ ": check the spelling and quote the key as \"[" + name + "]\" in YAML", ex);
		}
		if (!Throwable.class.isAssignableFrom(type)) {
			throw new IllegalStateException(
					"'" + name + "' in " + propertyPrefix + " is not an exception class (not a java.lang.Throwable)");
		}
		return (Class<? extends Throwable>) type;
	}

}
