package io.github.errorstarter.resolve;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.testsupport.CapturedLogs;
import io.github.errorstarter.testsupport.LogCaptureExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorResolver}.
 */
@ExtendWith(LogCaptureExtension.class)
class ErrorResolverTests {

	private static final String SECRET = "password=hunter2";

	private final Map<String, ExceptionMapping> mappings = new LinkedHashMap<>();

	@Test
	void resolveWhenMappedAndErrorResponseShouldUseMapping() {
		this.mappings.put(ResponseStatusException.class.getName(), ExceptionMapping.ofStatus(503));
		ErrorDescription description = resolve(new ResponseStatusException(HttpStatus.NOT_FOUND, "gone"));
		assertThat(description.status()).isEqualTo(503);
	}

	@Test
	void resolveWhenErrorResponseIsAnnotatedShouldUseErrorResponse() {
		assertThat(resolve(new AnnotatedErrorResponseException()).status()).isEqualTo(400);
	}

	@Test
	void resolveWhenBuiltInExceptionIsAnnotatedShouldUseAnnotation() {
		assertThat(resolve(new AnnotatedTypeMismatchException()).status()).isEqualTo(422);
	}

	@Test
	void resolveWhenBuiltInExceptionShouldUseBuiltInMapping() {
		ErrorDescription description = resolve(new TypeMismatchException("x", Integer.class));
		assertThat(description.status()).isEqualTo(400);
		assertThat(description.code()).isEqualTo("TYPE_MISMATCH");
		assertThat(description.detail()).isEqualTo("A request value does not have the expected type.");
	}

	@Test
	void resolveWhenUnknownExceptionShouldBeInternalServerError() {
		ErrorDescription description = resolve(new IllegalStateException("boom"));
		assertThat(description.status()).isEqualTo(500);
		assertThat(description.code()).isEqualTo("INTERNAL_SERVER_ERROR");
		assertThat(description.title()).isEqualTo("Internal Server Error");
		assertThat(description.type()).isEqualTo(ErrorDescription.BLANK_TYPE);
		assertThat(description.errors()).isEmpty();
		assertThat(description.properties()).isEmpty();
		assertThat(description.headers()).isEmpty();
	}

	@Test
	void resolveWhenResponseStatusExceptionShouldUseItsStatusAndReason() {
		ErrorDescription description = resolve(new ResponseStatusException(HttpStatus.NOT_FOUND, "Resource not found"));
		assertThat(description.status()).isEqualTo(404);
		assertThat(description.detail()).isEqualTo("Resource not found");
		assertThat(description.title()).isEqualTo("Not Found");
		assertThat(description.code()).isEqualTo("NOT_FOUND");
	}

	@Test
	void resolveWhenErrorResponseExceptionHasPropertiesAndHeadersShouldKeepThem() {
		ErrorDescription description = resolve(new OutOfCreditException(30));
		assertThat(description.status()).isEqualTo(403);
		assertThat(description.detail()).isEqualTo("Your balance is 30, but that costs 50.");
		assertThat(description.title()).isEqualTo("You do not have enough credit.");
		assertThat(description.type()).isEqualTo(URI.create("https://example.com/probs/out-of-credit"));
		assertThat(description.code()).isEqualTo("OUT_OF_CREDIT");
		assertThat(description.properties()).containsEntry("balance", 30).containsEntry("accounts", List.of("/a/1"));
		assertThat(description.headers().getFirst("X-Credit")).isEqualTo("none");
	}

	@Test
	void resolveWhenMethodNotSupportedShouldKeepAllowHeader() {
		ErrorDescription description = resolve(
				new HttpRequestMethodNotSupportedException("DELETE", List.of(HttpMethod.GET.name(), "POST")));
		assertThat(description.status()).isEqualTo(405);
		assertThat(description.code()).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(description.headers().getAllow()).containsExactlyInAnyOrder(HttpMethod.GET, HttpMethod.POST);
	}

	@Test
	void resolveWhenSuperclassIsAnnotatedShouldUseItsStatusAndReason() {
		ErrorDescription description = resolve(new DuplicateUserException());
		assertThat(description.status()).isEqualTo(409);
		assertThat(description.detail()).isEqualTo("Already exists");
		assertThat(description.code()).isEqualTo("DUPLICATE_USER");
	}

	@Test
	void resolveWhenAnnotationHasNoReasonShouldShowClientErrorMessage() {
		ErrorDescription description = resolve(new OrderLockedException("Order 7 is locked"));
		assertThat(description.status()).isEqualTo(423);
		assertThat(description.detail()).isEqualTo("Order 7 is locked");
	}

	@Test
	void resolveWhenAnnotationGivesServerErrorShouldHideMessage() {
		ErrorDescription description = resolve(new StorageFullException(SECRET));
		assertThat(description.status()).isEqualTo(507);
		assertThat(description.detail()).doesNotContain(SECRET).isNotBlank();
	}

	@Test
	void resolveWhenMappedToStatusWithoutConstantShouldUseIt() {
		this.mappings.put(IOException.class.getName(), ExceptionMapping.ofStatus(599));
		ErrorDescription description = resolve(new IOException(SECRET));
		assertThat(description.status()).isEqualTo(599);
		assertThat(description.isServerError()).isTrue();
		assertThat(description.title()).isEqualTo("Server Error");
		assertThat(description.detail()).doesNotContain(SECRET);
		assertThat(description.code()).isEqualTo("IO");
	}

	@Test
	void resolveWhenMappedWithoutCodeShouldDeriveCodeFromClass() {
		this.mappings.put(IOException.class.getName(), ExceptionMapping.ofStatus(503));
		assertThat(resolve(new ConnectException()).code()).isEqualTo("CONNECT");
	}

	@Test
	void resolveWhenMappingHasCodeShouldUseIt() {
		this.mappings.put(IOException.class.getName(), new ExceptionMapping(503, "UPSTREAM_DOWN", null, null, null));
		assertThat(resolve(new ConnectException()).code()).isEqualTo("UPSTREAM_DOWN");
	}

	@Test
	void resolveWhenMappingHasTypeAndTitleShouldUseThem() {
		URI type = URI.create("https://example.com/probs/upstream");
		this.mappings.put(IOException.class.getName(), new ExceptionMapping(502, null, type, "Upstream failed", null));
		ErrorDescription description = resolve(new IOException());
		assertThat(description.type()).isEqualTo(type);
		assertThat(description.title()).isEqualTo("Upstream failed");
	}

	@Test
	void resolveWhenServerErrorShouldGiveGenericDetail() {
		ErrorDescription description = resolve(new IllegalStateException(SECRET));
		assertThat(description.detail()).isEqualTo("An unexpected error occurred on the server.");
		assertThat(description.showDetail()).isFalse();
		assertThat(description.toString()).doesNotContain(SECRET);
	}

	@Test
	void resolveWhenServerErrorResponseShouldHideItsReason() {
		ErrorDescription description = resolve(new ResponseStatusException(HttpStatus.BAD_GATEWAY, SECRET));
		assertThat(description.status()).isEqualTo(502);
		assertThat(description.detail()).doesNotContain(SECRET).isNotBlank();
	}

	@Test
	void resolveWhenClientErrorShouldShowMessage() {
		this.mappings.put(IllegalArgumentException.class.getName(), ExceptionMapping.ofStatus(400));
		ErrorDescription description = resolve(new IllegalArgumentException("Quantity must be positive"));
		assertThat(description.detail()).isEqualTo("Quantity must be positive");
		assertThat(description.showDetail()).isTrue();
	}

	@Test
	void resolveWhenClientErrorHasNoMessageShouldGiveGenericDetail() {
		this.mappings.put(IllegalArgumentException.class.getName(), ExceptionMapping.ofStatus(404));
		ErrorDescription description = resolve(new IllegalArgumentException());
		assertThat(description.detail()).isEqualTo("The requested resource was not found.");
		assertThat(description.showDetail()).isFalse();
	}

	@Test
	void resolveWhenIncludeMessageAlwaysShouldShowServerErrorMessage() {
		ErrorResolver resolver = resolver(IncludeMessage.ALWAYS, null);
		assertThat(resolver.resolve(new IllegalStateException("boom"), Locale.ENGLISH).detail()).isEqualTo("boom");
	}

	@Test
	void resolveWhenIncludeMessageNeverShouldHideClientErrorMessage() {
		ErrorResolver resolver = resolver(IncludeMessage.NEVER, null);
		ErrorDescription description = resolver
			.resolve(new ResponseStatusException(HttpStatus.NOT_FOUND, "Order 7 not found"), Locale.ENGLISH);
		assertThat(description.detail()).isEqualTo("The requested resource was not found.");
	}

	@Test
	void resolveWhenIncludeMessageNeverShouldHideMappingDetail() {
		this.mappings.put(IOException.class.getName(), ExceptionMapping.of(503, "Payments are down"));
		ErrorResolver resolver = resolver(IncludeMessage.NEVER, null);
		assertThat(resolver.resolve(new IOException(), Locale.ENGLISH).detail())
			.isEqualTo("The service is temporarily unavailable. Please try again later.");
	}

	@Test
	void resolveWhenMappingHasDetailShouldShowItForServerError() {
		this.mappings.put(IOException.class.getName(), ExceptionMapping.of(503, "Payments are down"));
		ErrorDescription description = resolve(new IOException(SECRET));
		assertThat(description.detail()).isEqualTo("Payments are down");
		assertThat(description.showDetail()).isTrue();
	}

	@Test
	void resolveWhenUnknownUrlShouldKeepSpringsDetailButNotShowIt() {
		ErrorDescription description = resolve(new NoResourceFoundException(HttpMethod.GET, "items"));
		assertThat(description.status()).isEqualTo(404);
		assertThat(description.detail()).isEqualTo("No static resource items.");
		assertThat(description.showDetail()).isFalse();
	}

	@Test
	void resolveWhenTypeBaseUriIsSetShouldAppendCode() {
		ErrorResolver resolver = resolver(IncludeMessage.CLIENT_ERRORS, URI.create("https://example.com/problems/"));
		ErrorDescription description = resolver.resolve(new ResponseStatusException(HttpStatus.NOT_FOUND),
				Locale.ENGLISH);
		assertThat(description.type()).isEqualTo(URI.create("https://example.com/problems/not-found"));
	}

	@Test
	void resolveWhenTypeBaseUriHasNoTrailingSlashShouldStillAppendCode() {
		ErrorResolver resolver = resolver(IncludeMessage.CLIENT_ERRORS, URI.create("https://example.com/problems"));
		ErrorDescription description = resolver.resolve(new DuplicateUserException(), Locale.ENGLISH);
		assertThat(description.type()).isEqualTo(URI.create("https://example.com/problems/duplicate-user"));
	}

	@Test
	void resolveWhenTypeBaseUriIsSetAndErrorResponseHasTypeShouldKeepItsType() {
		ErrorResolver resolver = resolver(IncludeMessage.CLIENT_ERRORS, URI.create("https://example.com/problems/"));
		assertThat(resolver.resolve(new OutOfCreditException(1), Locale.ENGLISH).type())
			.isEqualTo(URI.create("https://example.com/probs/out-of-credit"));
	}

	@Test
	void resolveWhenMethodArgumentNotValidShouldListFieldErrors() throws Exception {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), "order");
		result.addError(fieldError("quantity", "must be positive", "Positive"));
		result.addError(fieldError("email", "must be an email", "Email"));
		Method method = getClass().getDeclaredMethod("handle", Object.class);
		ErrorDescription description = resolve(
				new MethodArgumentNotValidException(new MethodParameter(method, 0), result));
		assertThat(description.status()).isEqualTo(400);
		assertThat(description.code()).isEqualTo("VALIDATION_FAILED");
		// the target declares neither field, so they come by pointer
		assertThat(description.errors()).containsExactly(
				new ValidationError("email", "#/email", "must be an email", "Email"),
				new ValidationError("quantity", "#/quantity", "must be positive", "Positive"));
	}

	@Test
	void resolveWhenBindExceptionShouldListFieldAndGlobalErrors() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), "search");
		result.addError(fieldError("page", "must be a number", "typeMismatch"));
		result.reject("Range", "from must be before to");
		ErrorDescription description = resolve(new BindException(result));
		assertThat(description.status()).isEqualTo(400);
		assertThat(description.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(description.errors()).containsExactly(
				new ValidationError("page", "#/page", "must be a number", "typeMismatch"),
				ValidationError.global("from must be before to", "Range"));
	}

	@Test
	void resolveWhenApplicationDefinesTitleOfClassShouldUseIt() {
		StaticMessageSource messageSource = new StaticMessageSource();
		messageSource.addMessage("problemDetail.title." + DuplicateUserException.class.getName(), Locale.ENGLISH,
				"User exists");
		ErrorResolver resolver = new ErrorResolver(appMappings(), builtIn(), new ErrorMessages(messageSource),
				IncludeMessage.CLIENT_ERRORS, null);
		assertThat(resolver.resolve(new DuplicateUserException(), Locale.ENGLISH).title()).isEqualTo("User exists");
	}

	@Test
	void resolveWhenApplicationDefinesDetailOfErrorResponseShouldUseIt() {
		StaticMessageSource messageSource = new StaticMessageSource();
		messageSource.addMessage("problemDetail." + OutOfCreditException.class.getName(), Locale.ENGLISH,
				"Top up your account.");
		ErrorResolver resolver = new ErrorResolver(appMappings(), builtIn(), new ErrorMessages(messageSource),
				IncludeMessage.CLIENT_ERRORS, null);
		assertThat(resolver.resolve(new OutOfCreditException(1), Locale.ENGLISH).detail())
			.isEqualTo("Top up your account.");
	}

	@Test
	void resolveWhenApplicationUsesCodesAsDefaultMessagesShouldKeepErrorResponseTexts() {
		StaticMessageSource messageSource = new StaticMessageSource();
		messageSource.setUseCodeAsDefaultMessage(true);
		ErrorResolver resolver = new ErrorResolver(appMappings(), builtIn(), new ErrorMessages(messageSource),
				IncludeMessage.CLIENT_ERRORS, null);
		ErrorDescription description = resolver
			.resolve(new ResponseStatusException(HttpStatus.NOT_FOUND, "Resource not found"), Locale.ENGLISH);
		assertThat(description.detail()).isEqualTo("Resource not found");
		assertThat(description.title()).isEqualTo("Not Found");
		assertThat(description.type()).isEqualTo(ErrorDescription.BLANK_TYPE);
	}

	@Test
	void resolveStatusWhenClientErrorShouldShowMessage() {
		ErrorDescription description = resolver(IncludeMessage.CLIENT_ERRORS, null).resolveStatus(403, "No entry",
				Locale.ENGLISH);
		assertThat(description.status()).isEqualTo(403);
		assertThat(description.code()).isEqualTo("FORBIDDEN");
		assertThat(description.title()).isEqualTo("Forbidden");
		assertThat(description.detail()).isEqualTo("No entry");
		assertThat(description.showDetail()).isTrue();
	}

	@Test
	void resolveStatusWhenServerErrorShouldHideMessage() {
		ErrorDescription description = resolver(IncludeMessage.CLIENT_ERRORS, null).resolveStatus(500, SECRET,
				Locale.ENGLISH);
		assertThat(description.detail()).isEqualTo("An unexpected error occurred on the server.");
		assertThat(description.showDetail()).isFalse();
	}

	@Test
	void resolveWhenSameClassResolvedTwiceShouldClassifyOnce() {
		CountingErrorResolver resolver = new CountingErrorResolver(appMappings(), builtIn());
		resolver.resolve(new IllegalStateException("one"), Locale.ENGLISH);
		resolver.resolve(new IllegalStateException("two"), Locale.ENGLISH);
		resolver.resolve(new IllegalStateException("three"), Locale.ENGLISH);
		assertThat(resolver.classified).isEqualTo(1);
		resolver.resolve(new IllegalArgumentException(), Locale.ENGLISH);
		assertThat(resolver.classified).isEqualTo(2);
	}

	@Test
	void classifyWhenCalledShouldDescribeTheClass() {
		this.mappings.put(IOException.class.getName(), new ExceptionMapping(503, "UPSTREAM", null, null, null));
		ErrorResolver resolver = resolver(IncludeMessage.CLIENT_ERRORS, null);
		assertThat(resolver.classify(ConnectException.class).code()).isEqualTo("UPSTREAM");
		assertThat(resolver.classify(ConnectException.class).mapping().status()).isEqualTo(503);
		assertThat(resolver.classify(ResponseStatusException.class).mapping()).isNull();
	}

	@Test
	void describeWhenMappedShouldGiveTheMappingWithoutAnInstance() {
		this.mappings.put(IOException.class.getName(),
				new ExceptionMapping(503, "UPSTREAM", null, null, "Try again shortly."));
		ErrorDescription description = resolver(IncludeMessage.CLIENT_ERRORS, URI.create("https://example.com/p/"))
			.describe(ConnectException.class, Locale.ENGLISH);
		assertThat(description.status()).isEqualTo(503);
		assertThat(description.code()).isEqualTo("UPSTREAM");
		assertThat(description.type()).hasToString("https://example.com/p/upstream");
		assertThat(description.title()).isEqualTo("Service Unavailable");
		assertThat(description.detail()).isEqualTo("Try again shortly.");
	}

	@Test
	void describeWhenAnnotatedShouldGiveItsStatusCodeAndReason() {
		ErrorDescription description = resolver(IncludeMessage.CLIENT_ERRORS, null)
			.describe(DuplicateUserException.class, Locale.ENGLISH);
		assertThat(description.status()).isEqualTo(409);
		assertThat(description.code()).isEqualTo("DUPLICATE_USER");
		assertThat(description.detail()).isEqualTo("Already exists");
	}

	@Test
	void describeWhenBuiltInOrUnknownShouldGiveTheirStatusAndGenericDetail() {
		ErrorResolver resolver = resolver(IncludeMessage.CLIENT_ERRORS, null);
		assertThat(resolver.describe(TypeMismatchException.class, Locale.ENGLISH).code()).isEqualTo("TYPE_MISMATCH");
		ErrorDescription unknown = resolver.describe(IllegalStateException.class, Locale.ENGLISH);
		assertThat(unknown.status()).isEqualTo(500);
		assertThat(unknown.detail()).isEqualTo("An unexpected error occurred on the server.");
		assertThat(unknown.showDetail()).isFalse();
	}

	@Test
	void describeWhenErrorResponseIsNotMappedShouldLeaveItsStatusToInstances() {
		ErrorResolver resolver = resolver(IncludeMessage.CLIENT_ERRORS, null);
		assertThat(resolver.describe(ResponseStatusException.class, Locale.ENGLISH)).isNull();
		this.mappings.put(ResponseStatusException.class.getName(), ExceptionMapping.ofStatus(410));
		assertThat(resolver(IncludeMessage.CLIENT_ERRORS, null).describe(ResponseStatusException.class, Locale.ENGLISH)
			.status()).isEqualTo(410);
	}

	@Test
	void describeShouldNotApplyCustomizers() {
		ErrorResolver resolver = customizedResolver(
				(description, ex) -> description.mutate().status(418).code("CUSTOMIZED").build());
		assertThat(resolver.describe(IllegalStateException.class, Locale.ENGLISH).status()).isEqualTo(500);
	}

	@Test
	void resolveShouldApplyCustomizersInOrderToWhatTheSourcesResolved() {
		List<String> seen = new ArrayList<>();
		ErrorResolutionCustomizer quota = (description, exception) -> {
			seen.add(description.code());
			return (exception instanceof IllegalStateException) ? description.mutate()
				.status(429)
				.title("Too Many Requests")
				.code("QUOTA_EXCEEDED")
				.detail("Try again in a minute.")
				.property("retryInSeconds", 60)
				.headers((headers) -> headers.set("Retry-After", "60"))
				.build() : description;
		};
		ErrorResolutionCustomizer second = (description, exception) -> {
			seen.add(description.code());
			return description;
		};
		ErrorDescription description = customizedResolver(quota, second).resolve(new IllegalStateException(SECRET),
				Locale.ENGLISH);
		assertThat(seen).containsExactly("INTERNAL_SERVER_ERROR", "QUOTA_EXCEEDED");
		assertThat(description.status()).isEqualTo(429);
		assertThat(description.code()).isEqualTo("QUOTA_EXCEEDED");
		assertThat(description.detail()).isEqualTo("Try again in a minute.");
		assertThat(description.showDetail()).isTrue();
		assertThat(description.properties()).containsEntry("retryInSeconds", 60);
		assertThat(description.headers().getFirst("Retry-After")).isEqualTo("60");
		assertThat(description.toString()).doesNotContain(SECRET);
	}

	@Test
	void resolveStatusShouldApplyCustomizersWithoutException() {
		List<Throwable> exceptions = new ArrayList<>();
		ErrorResolver resolver = customizedResolver((description, exception) -> {
			exceptions.add(exception);
			return description.mutate().property("tenant", "acme").build();
		});
		ErrorDescription description = resolver.resolveStatus(403, null, Locale.ENGLISH);
		assertThat(description.properties()).containsEntry("tenant", "acme");
		assertThat(exceptions).containsExactly((Throwable) null);
	}

	@Test
	void resolveWhenCustomizerFailsShouldKeepTheDescriptionAndLog(CapturedLogs output) {
		ErrorResolver resolver = customizedResolver((description, exception) -> {
			throw new IllegalArgumentException("broken customizer");
		}, (description, exception) -> description.mutate().code("STILL_APPLIED").build());
		ErrorDescription description = resolver.resolve(new IllegalStateException(), Locale.ENGLISH);
		assertThat(description.status()).isEqualTo(500);
		assertThat(description.code()).isEqualTo("STILL_APPLIED");
		assertThat(output).contains("Error resolution customizer").contains("broken customizer");
	}

	private ErrorResolver customizedResolver(ErrorResolutionCustomizer... customizers) {
		return new ErrorResolver(appMappings(), builtIn(), new ErrorMessages(null), IncludeMessage.CLIENT_ERRORS, null,
				List.of(customizers));
	}

	private ErrorDescription resolve(Throwable ex) {
		return resolver(IncludeMessage.CLIENT_ERRORS, null).resolve(ex, Locale.ENGLISH);
	}

	private ErrorResolver resolver(IncludeMessage includeMessage, URI typeBaseUri) {
		return new ErrorResolver(appMappings(), builtIn(), new ErrorMessages(null), includeMessage, typeBaseUri);
	}

	private ExceptionMappings appMappings() {
		return ExceptionMappings.fromClassNames(this.mappings, getClass().getClassLoader(), "errors.exceptions");
	}

	private ExceptionMappings builtIn() {
		return ExceptionMappings.ofPresent(BuiltInMappings.knownExceptions(), getClass().getClassLoader());
	}

	private static FieldError fieldError(String field, String message, String code) {
		return new FieldError("target", field, null, false, new String[] { code + ".target." + field, code }, null,
				message);
	}

	void handle(Object order) {
	}

	static class CountingErrorResolver extends ErrorResolver {

		int classified;

		CountingErrorResolver(ExceptionMappings mappings, ExceptionMappings builtIn) {
			super(mappings, builtIn, new ErrorMessages(null), IncludeMessage.CLIENT_ERRORS, null);
		}

		@Override
		ClassRule classify(Class<?> exceptionClass) {
			this.classified++;
			return super.classify(exceptionClass);
		}

	}

	@ResponseStatus(HttpStatus.CONFLICT)
	static class AnnotatedErrorResponseException extends ErrorResponseException {

		AnnotatedErrorResponseException() {
			super(HttpStatus.BAD_REQUEST);
		}

	}

	@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
	static class AnnotatedTypeMismatchException extends TypeMismatchException {

		AnnotatedTypeMismatchException() {
			super("x", Integer.class);
		}

	}

	@ResponseStatus(value = HttpStatus.CONFLICT, reason = "Already exists")
	static class DuplicateException extends RuntimeException {

	}

	static class DuplicateUserException extends DuplicateException {

	}

	@ResponseStatus(HttpStatus.LOCKED)
	static class OrderLockedException extends RuntimeException {

		OrderLockedException(String message) {
			super(message);
		}

	}

	@ResponseStatus(HttpStatus.INSUFFICIENT_STORAGE)
	static class StorageFullException extends RuntimeException {

		StorageFullException(String message) {
			super(message);
		}

	}

	static class OutOfCreditException extends ErrorResponseException {

		OutOfCreditException(int balance) {
			super(HttpStatus.FORBIDDEN, problem(balance), null);
			getHeaders().set("X-Credit", "none");
		}

		private static ProblemDetail problem(int balance) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"Your balance is " + balance + ", but that costs 50.");
			problem.setType(URI.create("https://example.com/probs/out-of-credit"));
			problem.setTitle("You do not have enough credit.");
			problem.setProperty("balance", balance);
			problem.setProperty("accounts", List.of("/a/1"));
			return problem;
		}

	}

}
