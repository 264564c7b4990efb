package io.github.errorstarter.resolve;

import java.io.IOException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorCodes}.
 */
class ErrorCodesTests {

	@Test
	void forClassWhenNameEndsWithExceptionShouldDropSuffix() {
		assertThat(ErrorCodes.forClass(UserNotFoundException.class)).isEqualTo("USER_NOT_FOUND");
		assertThat(ErrorCodes.forClass(SocketTimeoutException.class)).isEqualTo("SOCKET_TIMEOUT");
	}

	@Test
	void forClassWhenNameEndsWithErrorShouldDropSuffix() {
		assertThat(ErrorCodes.forClass(QuotaExceededError.class)).isEqualTo("QUOTA_EXCEEDED");
	}

	@Test
	void forClassWhenNameHasAcronymShouldSplitAfterIt() {
		assertThat(ErrorCodes.forClass(HTTPClientException.class)).isEqualTo("HTTP_CLIENT");
		assertThat(ErrorCodes.forClass(IOException.class)).isEqualTo("IO");
		assertThat(ErrorCodes.forClass(Oauth2TokenException.class)).isEqualTo("OAUTH2_TOKEN");
	}

	@Test
	void forClassWhenSpringExceptionShouldUseStableCode() {
		assertThat(ErrorCodes.forClass(NoResourceFoundException.class)).isEqualTo("NOT_FOUND");
		assertThat(ErrorCodes.forClass(HttpRequestMethodNotSupportedException.class)).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@Test
	void forClassWhenGenericCarrierShouldReturnNull() {
		assertThat(ErrorCodes.forClass(ResponseStatusException.class)).isNull();
		assertThat(ErrorCodes.forClass(ErrorResponseException.class)).isNull();
	}

	@Test
	void forClassWhenAnonymousShouldReturnNull() {
		RuntimeException anonymous = new RuntimeException() {
		};
		assertThat(ErrorCodes.forClass(anonymous.getClass())).isNull();
	}

	@Test
	void forClassWhenNameIsOnlySuffixShouldReturnNull() {
		assertThat(ErrorCodes.forClass(Exception.class)).isNull();
	}

	@Test
	void forStatusWhenKnownShouldUseConstantName() {
		assertThat(ErrorCodes.forStatus(404)).isEqualTo("NOT_FOUND");
		assertThat(ErrorCodes.forStatus(507)).isEqualTo("INSUFFICIENT_STORAGE");
	}

	@Test
	void forStatusWhenUnknownShouldUseNumber() {
		assertThat(ErrorCodes.forStatus(599)).isEqualTo("HTTP_599");
	}

	@Test
	void toTypeSegmentShouldUseKebabCase() {
		assertThat(ErrorCodes.toTypeSegment("USER_NOT_FOUND")).isEqualTo("user-not-found");
		assertThat(ErrorCodes.toTypeSegment("HTTP_599")).isEqualTo("http-599");
	}

	@Test
	void forSeriesShouldNameTheHundreds() {
		assertThat(ErrorCodes.forSeries(404)).isEqualTo("4xx");
		assertThat(ErrorCodes.forSeries(599)).isEqualTo("5xx");
	}

	static class UserNotFoundException extends RuntimeException {

	}

	static class QuotaExceededError extends Error {

	}

	static class HTTPClientException extends RuntimeException {

	}

	static class Oauth2TokenException extends RuntimeException {

	}

}
