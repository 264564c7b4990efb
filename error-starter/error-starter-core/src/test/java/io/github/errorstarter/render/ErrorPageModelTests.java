package io.github.errorstarter.render;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.resolve.ErrorMessages;
import io.github.errorstarter.resolve.ValidationError;
import io.github.errorstarter.web.ServletErrorRequest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorPageModel}, with the starter's own texts and an application's
 * message source.
 */
class ErrorPageModelTests {

	private final StaticMessageSource application = new StaticMessageSource();

	private final ErrorPageModel model = new ErrorPageModel(new StackTraces(false),
			new ErrorMessages(this.application));

	@Test
	void buildShouldHoldTheDocumentedKeys() {
		ValidationError invalid = ValidationError.forField("email", "must be a well-formed email address", "Email");
		ErrorContext error = error(400, "Name must not be empty.", List.of(invalid), null);
		Map<String, Object> model = this.model.build(error, Locale.ENGLISH);
		assertThat(model).containsEntry("status", 400)
			.containsEntry("title", "Bad Request")
			.containsEntry("detail", "Name must not be empty.")
			.containsEntry("showDetail", true)
			.containsEntry("code", "BAD_REQUEST")
			.containsEntry("path", "/items")
			.containsEntry("timestamp", error.getTimestamp())
			.containsEntry("errors", List.of(invalid))
			.containsEntry("properties", Map.of())
			.containsEntry("heading", "That request didn't make sense to us")
			.containsEntry("lang", "en")
			.containsEntry("homeUrl", "/shop/")
			.containsEntry("reference", null)
			.doesNotContainKey("stackTrace");
		assertThat(model.get("message")).asString().startsWith("Something in the request was missing");
		assertThat(model.get("texts")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("status", "Error 400")
			.containsEntry("home", "Go to the home page")
			.containsEntry("path", "Requested address")
			.containsEntry("reference", "Reference")
			.containsKeys("errors", "referenceHint", "stackTrace");
	}

	@Test
	void buildShouldFallBackToTheSeriesTexts() {
		Map<String, Object> model = this.model.build(error(599, null, List.of(), null), Locale.ENGLISH);
		assertThat(model).containsEntry("heading", "Something went wrong on our side");
		assertThat(model.get("message")).asString().startsWith("This isn't your fault.");
	}

	@Test
	void buildShouldPreferTheApplicationTextsInTheRequestLocale() {
		this.application.addMessage("errors.page.heading.404", Locale.GERMAN, "Diese Seite gibt es nicht");
		this.application.addMessage("errors.page.status", Locale.GERMAN, "Fehler {0}");
		this.application.addMessage("errors.page.lang", Locale.GERMAN, "de");
		Map<String, Object> german = this.model.build(error(404, null, List.of(), null), Locale.GERMAN);
		assertThat(german).containsEntry("heading", "Diese Seite gibt es nicht").containsEntry("lang", "de");
		assertThat(german.get("texts")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("status", "Fehler 404")
			.containsEntry("home", "Go to the home page");
		Map<String, Object> english = this.model.build(error(404, null, List.of(), null), Locale.ENGLISH);
		assertThat(english).containsEntry("heading", "We can't find that page");
		Map<String, Object> french = this.model.build(error(404, null, List.of(), null), Locale.FRENCH);
		assertThat(french).as("English texts for a French visitor").containsEntry("lang", "en");
	}

	@Test
	void buildShouldShowTheDetailOnlyWhenTheResolverSaysSo() {
		assertThat(this.model.build(error(404, null, List.of(), null), Locale.ENGLISH))
			.containsEntry("detail", "The requested resource was not found.")
			.containsEntry("showDetail", false);
		assertThat(this.model.build(error(404, "No such order.", List.of(), null), Locale.ENGLISH))
			.containsEntry("showDetail", true);
	}

	@Test
	void buildShouldOfferEventIdThenTraceIdThenRequestIdAsReference() {
		ErrorContext error = error(500, null, List.of(), null);
		error.addReference(ErrorContext.REQUEST_ID, "r1");
		assertThat(this.model.build(error, Locale.ENGLISH)).containsEntry("reference", "r1");
		error.addReference(ErrorContext.TRACE_ID, "t1");
		assertThat(this.model.build(error, Locale.ENGLISH)).containsEntry("reference", "t1")
			.containsEntry("requestId", "r1");
		error.addReference(ErrorContext.EVENT_ID, "e1");
		assertThat(this.model.build(error, Locale.ENGLISH)).containsEntry("reference", "e1")
			.containsEntry("traceId", "t1");
	}

	@Test
	void buildShouldIncludeStackTraceOnlyWhenSwitchedOn() {
		ErrorContext error = error(500, null, List.of(), new IllegalStateException("Boom"));
		assertThat(this.model.build(error, Locale.ENGLISH)).doesNotContainKey("stackTrace");
		ErrorPageModel development = new ErrorPageModel(new StackTraces(true), new ErrorMessages(this.application));
		assertThat(development.build(error, Locale.ENGLISH).get("stackTrace")).asString()
			.startsWith("java.lang.IllegalStateException: Boom")
			.contains("\tat ");
	}

	private static ErrorContext error(int status, String detail, List<ValidationError> errors, Throwable exception) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/shop/items");
		request.setContextPath("/shop");
		ErrorMessages messages = new ErrorMessages(null);
		String title = messages.title(null, status, Locale.ENGLISH);
		String shown = (detail != null) ? detail : messages.genericDetail(status, Locale.ENGLISH);
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, title, shown,
				detail != null, (status == 400) ? "BAD_REQUEST" : "ERROR", errors, Map.of(), HttpHeaders.EMPTY);
		return new ErrorContext(new ServletErrorRequest(request, new MockHttpServletResponse()), description, exception,
				Instant.now());
	}

}
