package io.github.errorstarter.render;

import java.util.function.Supplier;

import org.thymeleaf.context.LazyContextVariable;

import org.springframework.lang.Nullable;

/**
 * A value of the error page model that Thymeleaf computes only when a template reads it,
 * and then once per page.
 */
final class LazyModelValue extends LazyContextVariable<Object> {

	private final Supplier<?> value;

	private LazyModelValue(Supplier<?> value) {
		this.value = value;
	}

	static Object of(Supplier<?> value) {
		return new LazyModelValue(value);
	}

	@Override
	@Nullable
	protected Object loadValue() {
		return this.value.get();
	}

}
