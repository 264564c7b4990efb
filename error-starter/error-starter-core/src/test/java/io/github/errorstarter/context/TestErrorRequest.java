package io.github.errorstarter.context;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;

/**
 * An {@link ErrorRequest} of no web stack in particular, for tests that show that a
 * decision does not depend on the servlet one.
 */
public final class TestErrorRequest implements ErrorRequest {

	private final String method;

	private final String path;

	private final HttpHeaders headers = new HttpHeaders();

	private final Map<String, Object> attributes = new HashMap<>();

	private Locale locale = Locale.ENGLISH;

	public TestErrorRequest(String method, String path) {
		this.method = method;
		this.path = path;
	}

	public TestErrorRequest header(String name, String value) {
		this.headers.add(name, value);
		return this;
	}

	public TestErrorRequest attribute(String name, Object value) {
		this.attributes.put(name, value);
		return this;
	}

	public TestErrorRequest locale(Locale locale) {
		this.locale = locale;
		return this;
	}

	@Override
	public String getMethod() {
		return this.method;
	}

	@Override
	public String getPath() {
		return this.path;
	}

	@Override
	public String getContextPath() {
		return "";
	}

	@Override
	public String getHeader(String name) {
		return this.headers.getFirst(name);
	}

	@Override
	public Locale getLocale() {
		return this.locale;
	}

	@Override
	public Object getAttribute(String name) {
		return this.attributes.get(name);
	}

	@Override
	public <T> T getNativeRequest(Class<T> requiredType) {
		return null;
	}

	@Override
	public <T> T getNativeResponse(Class<T> requiredType) {
		return null;
	}

}
