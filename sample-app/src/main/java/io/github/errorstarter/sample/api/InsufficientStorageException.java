package io.github.errorstarter.sample.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Flask's {@code InsufficientStorage} example: a status Spring MVC never sends by itself.
 * The reason, written for clients, is the detail, shown even though 507 is a server
 * error.
 */
@ResponseStatus(code = HttpStatus.INSUFFICIENT_STORAGE, reason = "Not enough storage space to keep the upload.")
public class InsufficientStorageException extends RuntimeException {

	public InsufficientStorageException(String message) {
		super(message);
	}

}
