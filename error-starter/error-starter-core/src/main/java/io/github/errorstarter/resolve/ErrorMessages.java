package io.github.errorstarter.resolve;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponse;

/**
 * The texts of errors, looked up in the application's {@link MessageSource} first, so
 * apps can override any message and add languages, then in the starter's own bundle
 * ({@code io/github/errorstarter/messages}).
 * <p>
 * Codes: Spring's {@code problemDetail.title.<exception class>} for titles of a class,
 * then {@code errors.title.<status>} and {@code errors.title.<series>} ({@code 4xx},
 * {@code 5xx}); {@code errors.detail.<status>} and {@code errors.detail.<series>} for
 * generic details. The texts of error pages ({@code errors.page.*}) are looked up through
 * {@link #find(String, Object[], Locale)} by the page renderers.
 *
 * @since 0.1.0
 */
public final class ErrorMessages {

	/**
	 * Base name of the starter's message bundle.
	 */
	public static final String BUNDLE = "io/github/errorstarter/messages";

	@Nullable
	private final MessageSource application;

	private final MessageSource starter;

	/**
	 * Create an instance that asks the given application message source first.
	 * @param application the application's message source, may be {@code null}
	 */
	public ErrorMessages(@Nullable MessageSource application) {
		this.application = (application != null) ? new DefinedMessageSource(application) : null;
		ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
		bundle.setBasename(BUNDLE);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
		this.starter = bundle;
	}

	/**
	 * Return the title for an error of the given class and status.
	 * @param exceptionClass the exception class, or {@code null} when there is none
	 * @param status the HTTP status
	 * @param locale the client's locale
	 * @return the title, never {@code null}
	 */
	public String title(@Nullable Class<?> exceptionClass, int status, Locale locale) {
		if (exceptionClass != null) {
			String byClass = find(ErrorResponse.getDefaultTitleMessageCode(exceptionClass), locale);
			if (byClass != null) {
				return byClass;
			}
		}
		return byStatus("errors.title.", status, locale);
	}

	/**
	 * Return the generic detail for an error with the given status, used when its own
	 * message may not be shown.
	 * @param status the HTTP status
	 * @param locale the client's locale
	 * @return the detail, never {@code null}
	 */
	public String genericDetail(int status, Locale locale) {
		return byStatus("errors.detail.", status, locale);
	}

	/**
	 * Return the message with the given code, from the application or the starter.
	 * @param code the message code
	 * @param args the arguments, may be {@code null}
	 * @param locale the locale
	 * @return the message, or {@code null} if neither defines it
	 */
	@Nullable
	public String find(String code, @Nullable Object[] args, Locale locale) {
		if (this.application != null) {
			String message = this.application.getMessage(code, args, null, locale);
			if (message != null) {
				return message;
			}
		}
		return this.starter.getMessage(code, args, null, locale);
	}

	/**
	 * The application's message source, which {@link ErrorResponse} bodies are localised
	 * with.
	 * @return the message source, or {@code null}
	 */
	@Nullable
	public MessageSource getApplicationMessageSource() {
		return this.application;
	}

	@Nullable
	private String find(String code, Locale locale) {
		return find(code, null, locale);
	}

	private String byStatus(String prefix, int status, Locale locale) {
		String message = findByStatus(prefix, status, locale);
		if (message != null) {
			return message;
		}
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

	@Nullable
	private String findByStatus(String prefix, int status, Locale locale) {
		String exact = find(prefix + status, locale);
		return (exact != null) ? exact : find(prefix + ErrorCodes.forSeries(status), locale);
	}

}
