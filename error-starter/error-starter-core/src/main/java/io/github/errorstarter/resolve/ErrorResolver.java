package io.github.errorstarter.resolve;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.util.ConcurrentReferenceHashMap;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Resolves an exception into an {@link ErrorDescription}. Sources, first match wins:
 * <ol>
 * <li>the configured {@link ExceptionMappings} (most specific class wins);</li>
 * <li>Spring's {@link ErrorResponse}: its status, headers and {@link ProblemDetail};</li>
 * <li>{@link ResponseStatus @ResponseStatus} on the class or a superclass;</li>
 * <li>the {@link BuiltInMappings built-in mappings} of known exceptions;</li>
 * <li>otherwise 500.</li>
 * </ol>
 * Which source applies depends only on the exception class, so it is decided once per
 * class and cached. Details of 5xx errors are replaced by a generic text unless
 * {@link IncludeMessage} allows them. The {@link ErrorResolutionCustomizer}s then change
 * what they want, in order, for every error.
 *
 * @since 0.1.0
 */
public class ErrorResolver {

	private static final Log logger = LogFactory.getLog(ErrorResolver.class);

	private static final Set<String> PATH_ONLY_DETAILS = BuiltInMappings.pathOnlyDetails();

	private final ExceptionMappings mappings;

	private final ExceptionMappings builtIn;

	private final ErrorMessages messages;

	private final IncludeMessage includeMessage;

	@Nullable
	private final URI typeBaseUri;

	private final List<ErrorResolutionCustomizer> customizers;

	private final Map<Class<?>, ClassRule> rules = new ConcurrentReferenceHashMap<>();

	/**
	 * Create a resolver.
	 * @param mappings the application's mappings
	 * @param builtIn the mappings of known exceptions
	 * @param messages the messages for titles and generic details
	 * @param includeMessage when exception messages may be shown
	 * @param typeBaseUri the base URI of problem types, or {@code null} for
	 * {@code about:blank}
	 */
	public ErrorResolver(ExceptionMappings mappings, ExceptionMappings builtIn, ErrorMessages messages,
			IncludeMessage includeMessage, @Nullable URI typeBaseUri) {
		this(mappings, builtIn, messages, includeMessage, typeBaseUri, List.of());
	}

	/**
	 * Create a resolver.
	 * @param mappings the application's mappings
	 * @param builtIn the mappings of known exceptions
	 * @param messages the messages for titles and generic details
	 * @param includeMessage when exception messages may be shown
	 * @param typeBaseUri the base URI of problem types, or {@code null} for
	 * {@code about:blank}
	 * @param customizers change what some errors mean, applied in order
	 */
	public ErrorResolver(ExceptionMappings mappings, ExceptionMappings builtIn, ErrorMessages messages,
			IncludeMessage includeMessage, @Nullable URI typeBaseUri, List<ErrorResolutionCustomizer> customizers) {
		Assert.notNull(mappings, "'mappings' must not be null");
		Assert.notNull(builtIn, "'builtIn' must not be null");
		Assert.notNull(messages, "'messages' must not be null");
		Assert.notNull(includeMessage, "'includeMessage' must not be null");
		Assert.notNull(customizers, "'customizers' must not be null");
		this.mappings = mappings;
		this.builtIn = builtIn;
		this.messages = messages;
		this.includeMessage = includeMessage;
		this.typeBaseUri = withTrailingSlash(typeBaseUri);
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Resolve an exception.
	 * @param ex the exception, unwrapped from servlet and future wrappers (see
	 * {@link ExceptionUnwrapper})
	 * @param locale the client's locale
	 * @return the description
	 */
	public ErrorDescription resolve(Throwable ex, Locale locale) {
		ClassRule rule = this.rules.computeIfAbsent(ex.getClass(), this::classify);
		ErrorDescription description = (rule.mapping() != null) ? fromMapping(ex, rule, locale)
				: fromErrorResponse((ErrorResponse) ex, rule, locale);
		return customize(description, ex);
	}

	/**
	 * Resolve an error that has a status but no exception, such as
	 * {@code response.sendError(403)}.
	 * @param status the HTTP status
	 * @param message the message given with the status, may be {@code null}
	 * @param locale the client's locale
	 * @return the description
	 */
	public ErrorDescription resolveStatus(int status, @Nullable String message, Locale locale) {
		String code = ErrorCodes.forStatus(status);
		Detail detail = detailFor(status, withoutReasonPhrase(status, message), locale);
		return customize(new ErrorDescription(status, typeFor(null, code), this.messages.title(null, status, locale),
				detail.text(), detail.own(), code, List.of(), Map.of(), HttpHeaders.EMPTY), null);
	}

	/**
	 * Describe the errors of an exception class as far as the class alone decides,
	 * without an instance: for documentation, such as the responses of an OpenAPI
	 * operation. The same sources apply in the same order as in
	 * {@link #resolve(Throwable, Locale)}; the detail is the mapping's (or
	 * {@code @ResponseStatus} reason) when one is set, else the generic text of the
	 * status, since the message is only known when thrown. The
	 * {@link ErrorResolutionCustomizer}s are not applied: they decide on instances.
	 * @param exceptionClass the exception class
	 * @param locale the locale of the texts
	 * @return the description, or {@code null} for an {@link ErrorResponse} class that no
	 * mapping covers, whose instances each decide their status
	 */
	@Nullable
	public ErrorDescription describe(Class<? extends Throwable> exceptionClass, Locale locale) {
		Assert.notNull(exceptionClass, "'exceptionClass' must not be null");
		ClassRule rule = this.rules.computeIfAbsent(exceptionClass, this::classify);
		ExceptionMapping mapping = rule.mapping();
		if (mapping == null) {
			return null;
		}
		int status = mapping.status();
		String code = (rule.code() != null) ? rule.code() : ErrorCodes.forStatus(status);
		String title = (mapping.title() != null) ? mapping.title()
				: this.messages.title(exceptionClass, status, locale);
		Detail detail = (mapping.detail() != null) ? authoredDetail(status, mapping.detail(), locale)
				: genericDetail(status, locale);
		return new ErrorDescription(status, typeFor(mapping.type(), code), title, detail.text(), detail.own(), code,
				List.of(), Map.of(), HttpHeaders.EMPTY);
	}

	private ErrorDescription customize(ErrorDescription resolved, @Nullable Throwable ex) {
		ErrorDescription description = resolved;
		for (ErrorResolutionCustomizer customizer : this.customizers) {
			try {
				ErrorDescription customized = customizer.customize(description, ex);
				if (customized != null) {
					description = customized;
				}
			}
			catch (RuntimeException failure) {
				// a customizer must not cost the client its answer
				logger.warn("Error resolution customizer " + customizer.getClass().getName() + " failed for "
						+ description.code() + ": " + failure);
			}
		}
		return description;
	}

	// Spring Security and containers send the bare reason phrase ("Forbidden"), which
	// tells the
	// client less than the generic detail does
	@Nullable
	private static String withoutReasonPhrase(int status, @Nullable String message) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null && known.getReasonPhrase().equalsIgnoreCase(message)) ? null : message;
	}

	ClassRule classify(Class<?> exceptionClass) {
		@SuppressWarnings("unchecked")
		Class<? extends Throwable> type = (Class<? extends Throwable>) exceptionClass;
		boolean pathOnlyDetail = isAnyOf(type, PATH_ONLY_DETAILS);
		ExceptionMapping mapped = this.mappings.find(type);
		if (mapped != null) {
			return new ClassRule(mapped, codeFor(mapped, type), pathOnlyDetail);
		}
		if (ErrorResponse.class.isAssignableFrom(type)) {
			return new ClassRule(null, ErrorCodes.forClass(type), pathOnlyDetail);
		}
		ResponseStatus annotation = AnnotatedElementUtils.findMergedAnnotation(type, ResponseStatus.class);
		if (annotation != null) {
			String reason = StringUtils.hasText(annotation.reason()) ? annotation.reason() : null;
			return new ClassRule(ExceptionMapping.of(annotation.code().value(), reason), ErrorCodes.forClass(type),
					pathOnlyDetail);
		}
		ExceptionMapping known = this.builtIn.find(type);
		if (known != null) {
			return new ClassRule(known, codeFor(known, type), pathOnlyDetail);
		}
		return new ClassRule(ExceptionMapping.ofStatus(500), ErrorCodes.forStatus(500), pathOnlyDetail);
	}

	private ErrorDescription fromMapping(Throwable ex, ClassRule rule, Locale locale) {
		ExceptionMapping mapping = rule.mapping();
		int status = mapping.status();
		String code = (rule.code() != null) ? rule.code() : ErrorCodes.forStatus(status);
		String title = (mapping.title() != null) ? mapping.title() : this.messages.title(ex.getClass(), status, locale);
		ErrorResponse errorResponse = (ex instanceof ErrorResponse response) ? response : null;
		Detail detail = (mapping.detail() != null) ? authoredDetail(status, mapping.detail(), locale) : detailFor(
				status, (errorResponse != null) ? errorResponse.getBody().getDetail() : ex.getMessage(), locale);
		return new ErrorDescription(status, typeFor(mapping.type(), code), title, detail.text(),
				showDetail(detail, rule), code, ValidationErrorExtractor.extract(ex), propertiesOf(errorResponse),
				headersOf(errorResponse));
	}

	private ErrorDescription fromErrorResponse(ErrorResponse ex, ClassRule rule, Locale locale) {
		ProblemDetail body = (this.messages.getApplicationMessageSource() != null)
				? ex.updateAndGetBody(this.messages.getApplicationMessageSource(), locale) : ex.getBody();
		int status = ex.getStatusCode().value();
		String code = (rule.code() != null) ? rule.code() : ErrorCodes.forStatus(status);
		URI bodyType = ErrorDescription.BLANK_TYPE.equals(body.getType()) ? null : body.getType();
		Detail detail = detailFor(status, body.getDetail(), locale);
		return new ErrorDescription(status, typeFor(bodyType, code), titleOf(body, ex.getClass(), status, locale),
				detail.text(), showDetail(detail, rule), code, ValidationErrorExtractor.extract((Throwable) ex),
				propertiesOf(ex), ex.getHeaders());
	}

	@Nullable
	private String titleOf(ProblemDetail body, Class<?> exceptionClass, int status, Locale locale) {
		HttpStatus known = HttpStatus.resolve(status);
		boolean explicit = body.getTitle() != null
				&& (known == null || !known.getReasonPhrase().equals(body.getTitle()));
		return explicit ? body.getTitle() : this.messages.title(exceptionClass, status, locale);
	}

	private Detail detailFor(int status, @Nullable String ownDetail, Locale locale) {
		if (StringUtils.hasText(ownDetail) && this.includeMessage.allows(ErrorDescription.isServerError(status))) {
			return new Detail(ownDetail, true);
		}
		return genericDetail(status, locale);
	}

	// a detail written by the app's developers (a mapping, a @ResponseStatus reason) is
	// meant
	// for clients, so it is shown for 5xx errors too
	private Detail authoredDetail(int status, String detail, Locale locale) {
		return (this.includeMessage != IncludeMessage.NEVER) ? new Detail(detail, true) : genericDetail(status, locale);
	}

	private Detail genericDetail(int status, Locale locale) {
		return new Detail(this.messages.genericDetail(status, locale), false);
	}

	// Spring's own detail of an unknown URL only repeats the path, which a page shows
	// anyway
	private static boolean showDetail(Detail detail, ClassRule rule) {
		return detail.own() && !rule.pathOnlyDetail();
	}

	private static boolean isAnyOf(Class<?> type, Set<String> classNames) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			if (classNames.contains(candidate.getName())) {
				return true;
			}
		}
		return false;
	}

	private URI typeFor(@Nullable URI explicitType, String code) {
		if (explicitType != null) {
			return explicitType;
		}
		return (this.typeBaseUri != null) ? this.typeBaseUri.resolve(ErrorCodes.toTypeSegment(code))
				: ErrorDescription.BLANK_TYPE;
	}

	// without it, URI.resolve would replace the base's last segment with the code
	@Nullable
	private static URI withTrailingSlash(@Nullable URI uri) {
		return (uri == null || uri.getPath() == null || uri.getPath().endsWith("/")) ? uri : URI.create(uri + "/");
	}

	@Nullable
	private static String codeFor(ExceptionMapping mapping, Class<?> type) {
		return (mapping.code() != null) ? mapping.code() : ErrorCodes.forClass(type);
	}

	private static Map<String, Object> propertiesOf(@Nullable ErrorResponse errorResponse) {
		Map<String, Object> properties = (errorResponse != null) ? errorResponse.getBody().getProperties() : null;
		return (properties != null) ? properties : Map.of();
	}

	private static HttpHeaders headersOf(@Nullable ErrorResponse errorResponse) {
		return (errorResponse != null) ? errorResponse.getHeaders() : HttpHeaders.EMPTY;
	}

	/**
	 * How the exceptions of one class are described: by a mapping, or, when
	 * {@code mapping} is {@code null}, by the {@link ErrorResponse} itself.
	 *
	 * @param mapping the mapping, or {@code null}
	 * @param code the error code
	 * @param pathOnlyDetail whether the exception's own detail only repeats the path
	 */
	record ClassRule(@Nullable ExceptionMapping mapping, @Nullable String code, boolean pathOnlyDetail) {
	}

	/**
	 * The detail of an error.
	 *
	 * @param text the text
	 * @param own whether it is the error's own rather than the generic text of its status
	 */
	private record Detail(String text, boolean own) {
	}

}
