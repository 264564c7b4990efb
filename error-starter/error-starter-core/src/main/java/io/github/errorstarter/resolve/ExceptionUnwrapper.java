package io.github.errorstarter.resolve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.springframework.lang.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Finds the exception that matters inside the wrappers that servlet containers, proxies
 * and futures put around it, and walks the causes of an exception, at most
 * {@value #MAX_DEPTH} deep so that a cause cycle cannot loop forever.
 *
 * @since 0.1.0
 */
public final class ExceptionUnwrapper {

	/**
	 * How deep a walk goes along the causes.
	 */
	public static final int MAX_DEPTH = 16;

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
		Throwable unwrapped = findInCauses(thrown,
				(candidate) -> (isWrapper(candidate) && candidate.getCause() != null) ? null : candidate);
		return (unwrapped != null) ? unwrapped : thrown;
	}

	/**
	 * Return the first answer of a probe along an exception and its causes, outermost
	 * first.
	 * @param <T> the type of answers
	 * @param exception the exception to start at
	 * @param probe answers for one exception of the chain, or returns {@code null} to go
	 * on to its cause
	 * @return the first answer, or {@code null} if the probe answered none of the first
	 * {@value #MAX_DEPTH}
	 */
	@Nullable
	public static <T> T findInCauses(Throwable exception, Function<Throwable, T> probe) {
		Throwable current = exception;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			T answer = probe.apply(current);
			if (answer != null) {
				return answer;
			}
			current = current.getCause();
		}
		return null;
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
