package io.github.errorstarter.resolve;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DefinedMessageSource}.
 */
class DefinedMessageSourceTests {

	private final StaticMessageSource application = new StaticMessageSource();

	private final DefinedMessageSource messageSource = new DefinedMessageSource(this.application);

	@Test
	void getMessageWhenCodeIsDefinedShouldReturnIt() {
		this.application.setUseCodeAsDefaultMessage(true);
		this.application.addMessage("errors.title.404", Locale.ENGLISH, "Nothing here");
		assertThat(this.messageSource.getMessage("errors.title.404", null, "fallback", Locale.ENGLISH))
			.isEqualTo("Nothing here");
		assertThat(this.messageSource.getMessage("errors.title.404", null, Locale.ENGLISH)).isEqualTo("Nothing here");
	}

	@Test
	void getMessageWhenSourceEchoesCodeShouldReturnDefaultMessage() {
		this.application.setUseCodeAsDefaultMessage(true);
		assertThat(this.messageSource.getMessage("errors.title.404", null, null, Locale.ENGLISH)).isNull();
		assertThat(this.messageSource.getMessage("errors.title.404", null, "fallback", Locale.ENGLISH))
			.isEqualTo("fallback");
	}

	@Test
	void getMessageWithoutDefaultWhenSourceEchoesCodeShouldThrow() {
		this.application.setUseCodeAsDefaultMessage(true);
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> this.messageSource.getMessage("errors.title.404", null, Locale.ENGLISH));
	}

	@Test
	void getMessageOfResolvableShouldDelegate() {
		this.application.addMessage("NotBlank", Locale.ENGLISH, "must not be blank");
		DefaultMessageSourceResolvable resolvable = new DefaultMessageSourceResolvable(new String[] { "NotBlank" },
				"default");
		assertThat(this.messageSource.getMessage(resolvable, Locale.ENGLISH)).isEqualTo("must not be blank");
	}

}
