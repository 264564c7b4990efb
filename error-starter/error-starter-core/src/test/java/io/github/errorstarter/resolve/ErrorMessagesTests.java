package io.github.errorstarter.resolve;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorMessages}.
 */
class ErrorMessagesTests {

	private final StaticMessageSource application = new StaticMessageSource();

	private final ErrorMessages messages = new ErrorMessages(this.application);

	@Test
	void titleWhenApplicationDefinesStatusShouldUseApplicationMessage() {
		this.application.addMessage("errors.title.404", Locale.ENGLISH, "Nothing here");
		assertThat(this.messages.title(null, 404, Locale.ENGLISH)).isEqualTo("Nothing here");
	}

	@Test
	void titleWhenApplicationDefinesClassShouldPreferItOverStatus() {
		this.application.addMessage("errors.title.409", Locale.ENGLISH, "Conflict of status");
		this.application.addMessage("problemDetail.title." + IllegalStateException.class.getName(), Locale.ENGLISH,
				"Conflict of class");
		assertThat(this.messages.title(IllegalStateException.class, 409, Locale.ENGLISH))
			.isEqualTo("Conflict of class");
	}

	@Test
	void titleWhenApplicationDefinesNothingShouldUseStarterBundle() {
		assertThat(this.messages.title(IllegalStateException.class, 413, Locale.ENGLISH))
			.isEqualTo("Content Too Large");
	}

	@Test
	void titleWhenThereIsNoApplicationMessageSourceShouldUseStarterBundle() {
		assertThat(new ErrorMessages(null).title(null, 404, Locale.ENGLISH)).isEqualTo("Not Found");
	}

	@Test
	void titleWhenLocaleHasNoBundleShouldUseDefaultBundleRatherThanSystemLocale() {
		assertThat(this.messages.title(null, 404, Locale.JAPANESE)).isEqualTo("Not Found");
	}

	@Test
	void titleWhenApplicationDefinesLocaleShouldUseIt() {
		this.application.addMessage("errors.title.404", Locale.GERMAN, "Nicht gefunden");
		assertThat(this.messages.title(null, 404, Locale.GERMAN)).isEqualTo("Nicht gefunden");
		assertThat(this.messages.title(null, 404, Locale.ENGLISH)).isEqualTo("Not Found");
	}

	@Test
	void titleWhenStatusIsUnknownShouldUseSeries() {
		assertThat(this.messages.title(null, 418, Locale.ENGLISH)).isEqualTo("Client Error");
		assertThat(this.messages.title(null, 599, Locale.ENGLISH)).isEqualTo("Server Error");
	}

	@Test
	void titleWhenSeriesIsUnknownShouldUseReasonPhrase() {
		assertThat(this.messages.title(null, 302, Locale.ENGLISH)).isEqualTo("Found");
	}

	@Test
	void titleWhenStatusAndSeriesAreUnknownShouldBeError() {
		assertThat(this.messages.title(null, 299, Locale.ENGLISH)).isEqualTo("Error");
	}

	@Test
	void genericDetailWhenStatusIsKnownShouldUseItsDetail() {
		assertThat(this.messages.genericDetail(404, Locale.ENGLISH)).isEqualTo("The requested resource was not found.");
	}

	@Test
	void genericDetailWhenStatusIsUnknownShouldUseSeries() {
		assertThat(this.messages.genericDetail(418, Locale.ENGLISH)).isEqualTo("The request could not be processed.");
		assertThat(this.messages.genericDetail(599, Locale.ENGLISH))
			.isEqualTo("The server could not complete the request. Please try again later.");
	}

	@Test
	void genericDetailWhenApplicationOverridesSeriesShouldUseItForEveryStatusWithoutOwnDetail() {
		this.application.addMessage("errors.detail.5xx", Locale.ENGLISH, "Sorry.");
		assertThat(this.messages.genericDetail(502, Locale.ENGLISH)).isEqualTo("Sorry.");
		assertThat(this.messages.genericDetail(500, Locale.ENGLISH))
			.isEqualTo("An unexpected error occurred on the server.");
	}

	@Test
	void titleWhenApplicationUsesCodesAsDefaultMessagesShouldUseStarterBundle() {
		this.application.setUseCodeAsDefaultMessage(true);
		assertThat(this.messages.title(IllegalStateException.class, 404, Locale.ENGLISH)).isEqualTo("Not Found");
		assertThat(this.messages.genericDetail(404, Locale.ENGLISH)).isEqualTo("The requested resource was not found.");
	}

	@Test
	void findWhenArgumentsGivenShouldFormatThem() {
		this.application.addMessage("errors.custom", Locale.ENGLISH, "Order {0} is locked");
		assertThat(this.messages.find("errors.custom", new Object[] { 7 }, Locale.ENGLISH))
			.isEqualTo("Order 7 is locked");
	}

	@Test
	void findWhenNeitherDefinesCodeShouldReturnNull() {
		assertThat(this.messages.find("errors.unknown", null, Locale.ENGLISH)).isNull();
	}

}
