package io.github.errorstarter.resolve;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * What an error means for the client, independent of how it is rendered: the HTTP status,
 * the RFC 9457 members, a stable code, extra properties and the response headers the
 * exception carries.
 *
 * @param status the HTTP status code, also for codes Spring has no constant for
 * @param type the problem type, {@code about:blank} unless configured
 * @param title a short, human-readable summary of the problem type; the resolver always
 * gives one
 * @param detail the explanation that may be shown to the client: the error's own, or the
 * generic text of its status when its own may not be shown
 * @param showDetail whether the detail is worth showing people: it is the error's own
 * rather than the generic text of the status, and says more than an error page shows
 * anyway (Spring's detail of an unknown URL only repeats the path)
 * @param code a stable, machine-readable error code such as {@code NOT_FOUND}
 * @param errors the validation errors, empty when the error is not a validation failure
 * @param properties extra members for the problem body (never {@code null})
 * @param headers headers to send with the error response, such as {@code Allow}
 * @since 0.1.0
 */
public record ErrorDescription(int status, URI type, @Nullable String title, @Nullable String detail,
		boolean showDetail, String code, List<ValidationError> errors, Map<String, Object> properties,
		HttpHeaders headers) {

	/**
	 * The type of problems that have no more specific type.
	 */
	public static final URI BLANK_TYPE = URI.create("about:blank");

	public ErrorDescription {
		errors = List.copyOf(errors);
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
		headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	/**
	 * Whether the status is a server error (5xx), whose details are never shown by
	 * default.
	 * @return {@code true} for a status from 500 to 599
	 */
	public boolean isServerError() {
		return isServerError(this.status);
	}

	/**
	 * Whether a status is a server error (5xx).
	 * @param status the HTTP status code
	 * @return {@code true} for a status from 500 to 599
	 */
	public static boolean isServerError(int status) {
		return HttpStatus.Series.resolve(status) == HttpStatus.Series.SERVER_ERROR;
	}

	/**
	 * Return a builder of a description like this one, for an
	 * {@link ErrorResolutionCustomizer} to change some of its members.
	 * @return a builder holding the members of this description
	 */
	public Builder mutate() {
		return new Builder(this);
	}

	/**
	 * Builds an {@link ErrorDescription} from another one, with some of its members
	 * changed.
	 *
	 * @since 0.1.0
	 */
	public static final class Builder {

		private int status;

		private URI type;

		@Nullable
		private String title;

		@Nullable
		private String detail;

		private boolean showDetail;

		private String code;

		private List<ValidationError> errors;

		private final Map<String, Object> properties;

		private final HttpHeaders headers;

		private Builder(ErrorDescription description) {
			this.status = description.status;
			this.type = description.type;
			this.title = description.title;
			this.detail = description.detail;
			this.showDetail = description.showDetail;
			this.code = description.code;
			this.errors = description.errors;
			this.properties = new LinkedHashMap<>(description.properties);
			this.headers = new HttpHeaders();
			// HttpHeaders is a Map on Framework 6 but not on 7: only methods of both may
			// be
			// called
			description.headers.forEach((name, values) -> values.forEach((value) -> this.headers.add(name, value)));
		}

		/**
		 * Set the HTTP status; the title, code and detail stay as they are.
		 * @param status the status, from 400 to 599
		 * @return this builder
		 */
		public Builder status(int status) {
			Assert.isTrue(status >= 400 && status <= 599, () -> "Invalid error status " + status);
			this.status = status;
			return this;
		}

		/**
		 * Set the problem type.
		 * @param type the type URI
		 * @return this builder
		 */
		public Builder type(URI type) {
			Assert.notNull(type, "'type' must not be null");
			this.type = type;
			return this;
		}

		/**
		 * Set the title.
		 * @param title the title
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			this.title = title;
			return this;
		}

		/**
		 * Set a detail meant for the client: error pages show it too.
		 * @param detail the detail
		 * @return this builder
		 */
		public Builder detail(@Nullable String detail) {
			return detail(detail, StringUtils.hasText(detail));
		}

		/**
		 * Set the detail, and whether error pages show it.
		 * @param detail the detail
		 * @param showDetail whether the detail is worth showing people
		 * @return this builder
		 */
		public Builder detail(@Nullable String detail, boolean showDetail) {
			this.detail = detail;
			this.showDetail = showDetail;
			return this;
		}

		/**
		 * Set the error code.
		 * @param code the code, such as {@code QUOTA_EXCEEDED}
		 * @return this builder
		 */
		public Builder code(String code) {
			Assert.hasText(code, "'code' must not be empty");
			this.code = code;
			return this;
		}

		/**
		 * Set the validation errors.
		 * @param errors the errors
		 * @return this builder
		 */
		public Builder errors(List<ValidationError> errors) {
			Assert.notNull(errors, "'errors' must not be null");
			this.errors = errors;
			return this;
		}

		/**
		 * Add a member to the problem body, or replace one.
		 * @param name the member name
		 * @param value the value, {@code null} to remove the member
		 * @return this builder
		 */
		public Builder property(String name, @Nullable Object value) {
			if (value != null) {
				this.properties.put(name, value);
			}
			else {
				this.properties.remove(name);
			}
			return this;
		}

		/**
		 * Change the headers sent with the error response.
		 * @param headers changes the headers, which hold the current ones
		 * @return this builder
		 */
		public Builder headers(Consumer<HttpHeaders> headers) {
			headers.accept(this.headers);
			return this;
		}

		/**
		 * Build the description.
		 * @return the description
		 */
		public ErrorDescription build() {
			return new ErrorDescription(this.status, this.type, this.title, this.detail, this.showDetail, this.code,
					this.errors, this.properties, this.headers);
		}

	}

}
