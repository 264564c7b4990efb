package io.github.errorstarter.resolve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.springframework.lang.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Finds the exception that matters inside the wrappers that servlet containers, proxies
 * and futures put around it.
 *
 * @since 0.1.0
 */
public final class ExceptionUnwrapper {

	// bounds the walk so a cause cycle cannot loop forever
	private static final int MAX_DEPTH = 16;

	// named, so that resolving does not depend on the Servlet API; reactive stacks never
	// throw it
	@Nullable
	private static final Class<?> SERVLET_EXCEPTION = loadIfPresent("jakarta.servlet.ServletException");

	private ExceptionUnwrapper() {
	}

	/**
	 * Unwrap {@code jakarta.servlet.ServletException}, {@link CompletionException},
	 * {@link ExecutionException}, {@link UndeclaredThrowableException} and
	 * {@link InvocationTargetException} that have a cause.
	 * @param thrown the exception as caught
	 * @return the innermost exception that is not such a wrapper
	 */
	public static Throwable unwrap(Throwable thrown) {
		Throwable current = thrown;
		for (int depth = 0; depth < MAX_DEPTH && isWrapper(current) && current.getCause() != null; depth++) {
			current = current.getCause();
		}
		return current;
	}

	private static boolean isWrapper(Throwable ex) {
		return ex instanceof CompletionException || ex instanceof ExecutionException
				|| ex instanceof UndeclaredThrowableException || ex instanceof InvocationTargetException
				|| (SERVLET_EXCEPTION != null && SERVLET_EXCEPTION.isInstance(ex));
	}

	@Nullable
	private static Class<?> loadIfPresent(String name) {
		ClassLoader classLoader = ExceptionUnwrapper.class.getClassLoader();
		return ClassUtils.isPresent(name, classLoader) ? ClassUtils.resolveClassName(name, classLoader) : null;
	}

}
