package io.github.errorstarter.resolve;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.lang.Nullable;

/**
 * The application's {@link MessageSource}, answering only the codes it defines: a source
 * that uses codes as default messages
 * ({@code spring.messages.use-code-as-default-message}) would otherwise answer every code
 * with the code itself, which would end up as a title, a detail or even a problem type.
 */
final class DefinedMessageSource implements MessageSource {

	private final MessageSource delegate;

	DefinedMessageSource(MessageSource delegate) {
		this.delegate = delegate;
	}

	@Override
	@Nullable
	public String getMessage(String code, @Nullable Object[] args, @Nullable String defaultMessage, Locale locale) {
		String message = this.delegate.getMessage(code, args, null, locale);
		return (message != null && !message.equals(code)) ? message : defaultMessage;
	}

	@Override
	public String getMessage(String code, @Nullable Object[] args, Locale locale) {
		String message = getMessage(code, args, null, locale);
		if (message == null) {
			throw new NoSuchMessageException(code, locale);
		}
		return message;
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		return this.delegate.getMessage(resolvable, locale);
	}

}
