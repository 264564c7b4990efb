package io.github.errorstarter.context;

import java.util.Locale;

import org.springframework.lang.Nullable;

/**
 * The facts of the request an error happened in, as the pipeline needs them whatever the
 * web stack: the method, the path, the headers, the locale and the attributes. Each door
 * wraps its stack's request in one (the servlet doors in
 * {@code io.github.errorstarter.web.ServletErrorRequest}), so that resolving, reporting
 * and rendering decide the same way on every stack. Code that is specific to a stack
 * reaches the request and response beneath through {@link #getNativeRequest(Class)} and
 * {@link #getNativeResponse(Class)}, as with Spring's {@code NativeWebRequest}.
 *
 * @since 0.1.0
 */
public interface ErrorRequest {

	/**
	 * Return the HTTP method of the original request.
	 * @return the method, such as {@code GET}
	 */
	String getMethod();

	/**
	 * Return the path of the original request as it was sent (percent-encoded), without
	 * the context path, also while the error page is dispatched.
	 * @return the path, at least {@code /}
	 */
	String getPath();

	/**
	 * Return the context path the application is mapped to.
	 * @return the context path, empty for the root context
	 */
	String getContextPath();

	/**
	 * Return the first value of a request header.
	 * @param name the header name, in any case
	 * @return the value, or {@code null} when the request has no such header
	 */
	@Nullable
	String getHeader(String name);

	/**
	 * Return the locale to write the error's texts in, as the application resolves it
	 * (its {@code LocaleResolver}).
	 * @return the locale
	 */
	Locale getLocale();

	/**
	 * Return an attribute of the request.
	 * @param name the attribute name
	 * @return the value, or {@code null} if the request has no such attribute
	 */
	@Nullable
	Object getAttribute(String name);

	/**
	 * Return the stack's own request, for code that is specific to a stack.
	 * @param <T> the type of the request
	 * @param requiredType the type wanted, such as {@code HttpServletRequest}
	 * @return the request, or {@code null} if it is not of the type
	 */
	@Nullable
	<T> T getNativeRequest(Class<T> requiredType);

	/**
	 * Return the stack's own response, for code that is specific to a stack.
	 * @param <T> the type of the response
	 * @param requiredType the type wanted, such as {@code HttpServletResponse}
	 * @return the response, or {@code null} if it is not of the type
	 */
	@Nullable
	<T> T getNativeResponse(Class<T> requiredType);

}
