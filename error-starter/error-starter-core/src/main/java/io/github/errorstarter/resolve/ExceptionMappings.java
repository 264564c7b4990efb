package io.github.errorstarter.resolve;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.lang.Nullable;
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
	 * Create mappings from class names, failing fast when a name is not an exception
	 * class.
	 * @param byClassName mappings keyed by fully qualified class name
	 * @param classLoader the class loader to load the classes with
	 * @param propertyPrefix the property the names came from, for the error message
	 * @return the mappings
	 * @throws IllegalStateException if a class does not exist or is not a
	 * {@link Throwable}
	 */
	public static ExceptionMappings fromClassNames(Map<String, ExceptionMapping> byClassName, ClassLoader classLoader,
			String propertyPrefix) {
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
	 * Return the mapping of the most specific mapped class that the given class is, or
	 * extends.
	 * @param exceptionClass the class of the thrown exception
	 * @return the mapping, or {@code null} if no class in its hierarchy is mapped
	 */
	@Nullable
	public ExceptionMapping find(Class<? extends Throwable> exceptionClass) {
		return ExceptionClasses.findMostSpecific(this.mappings, exceptionClass);
	}

	private static void validateStatus(String name, ExceptionMapping mapping, String propertyPrefix) {
		if (mapping.status() < 400 || mapping.status() > 599) {
			throw new IllegalStateException("Invalid status " + mapping.status() + " for " + propertyPrefix + ".["
					+ name + "]: an error status must be between 400 and 599");
		}
	}

	private static Class<? extends Throwable> loadThrowable(String name, ClassLoader classLoader,
			String propertyPrefix) {
		return ExceptionClasses.load(name, classLoader, propertyPrefix);
	}

}
