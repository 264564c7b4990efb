package io.github.errorstarter.resolve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import jakarta.servlet.ServletException;

/**
 * Finds the exception that matters inside the wrappers that servlet containers, proxies
 * and futures put around it.
 *
 * @since 0.1.0
 */
public final class ExceptionUnwrapper {

	// bounds the walk so a cause cycle cannot loop forever
	private static final int MAX_DEPTH = 16;

	private ExceptionUnwrapper() {
	}

	/**
	 * Unwrap {@link ServletException}, {@link CompletionException},
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
		return ex instanceof ServletException || ex instanceof CompletionException || ex instanceof ExecutionException
				|| ex instanceof UndeclaredThrowableException || ex instanceof InvocationTargetException;
	}

}
