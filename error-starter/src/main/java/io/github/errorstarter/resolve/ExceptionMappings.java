package io.github.errorstarter.resolve;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.ExceptionDepthComparator;
import org.springframework.util.ClassUtils;

/**
 * Exception classes mapped to an {@link ExceptionMapping}, where the mapping of the most
 * specific class in an exception's hierarchy wins, as in Flask and in Spring's own
 * {@code @ExceptionHandler} resolution.
 *
 * @since 0.1.0
 */
public final class ExceptionMappings {

	private final Map<Class<? extends Throwable>, ExceptionMapping> mappings;

	private ExceptionMappings(Map<Class<? extends Throwable>, ExceptionMapping> mappings) {
		this.mappings = Map.copyOf(mappings);
	}

	/**
	 * Create mappings from class names, failing fast when a name is not an exception class.
	 * @param byClassName mappings keyed by fully qualified class name
	 * @param classLoader the class loader to load the classes with
	 * @param propertyPrefix the property the names came from, for the error message
	 * @return the mappings
	 * @throws IllegalStateException if a class does not exist or is not a {@link Throwable}
	 */
	public static ExceptionMappings fromClassNames(Map<String, ExceptionMapping> byClassName,
			ClassLoader classLoader, String propertyPrefix) {
		Map<Class<? extends Throwable>, ExceptionMapping> mappings = new LinkedHashMap<>();
		byClassName.forEach((name, mapping) -> {
			validateStatus(name, mapping, propertyPrefix);
			mappings.put(loadThrowable(name, classLoader, propertyPrefix), mapping);
		});
		return new ExceptionMappings(mappings);
	}

	/**
	 * Create mappings for the classes among the given names that are on the class path;
	 * absent optional libraries are skipped silently.
	 * @param byClassName mappings keyed by fully qualified class name
	 * @param classLoader the class loader to load the classes with
	 * @return the mappings
	 */
	public static ExceptionMappings ofPresent(Map<String, ExceptionMapping> byClassName, ClassLoader classLoader) {
		Map<Class<? extends Throwable>, ExceptionMapping> mappings = new LinkedHashMap<>();
		byClassName.forEach((name, mapping) -> {
			if (ClassUtils.isPresent(name, classLoader)) {
				mappings.put(loadThrowable(name, classLoader, "built-in mappings"), mapping);
			}
		});
		return new ExceptionMappings(mappings);
	}

	/**
	 * Return the mapping of the most specific mapped class that the given class is, or extends.
	 * @param exceptionClass the class of the thrown exception
	 * @return the mapping, or {@code null} if no class in its hierarchy is mapped
	 */
	public ExceptionMapping find(Class<? extends Throwable> exceptionClass) {
		if (this.mappings.isEmpty()) {
			return null;
		}
		ExceptionMapping exact = this.mappings.get(exceptionClass);
		if (exact != null) {
			return exact;
		}
		return this.mappings.keySet()
			.stream()
			.filter((mapped) -> mapped.isAssignableFrom(exceptionClass))
			.min(new ExceptionDepthComparator(exceptionClass))
			.map(this.mappings::get)
			.orElse(null);
	}

	private static void validateStatus(String name, ExceptionMapping mapping, String propertyPrefix) {
		if (mapping.status() < 400 || mapping.status() > 599) {
			throw new IllegalStateException("Invalid status " + mapping.status() + " for " + propertyPrefix + ".[" + name
					+ "]: an error status must be between 400 and 599");
		}
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Throwable> loadThrowable(String name, ClassLoader classLoader,
			String propertyPrefix) {
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
