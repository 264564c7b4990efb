package io.github.errorstarter.openapi;

import java.util.function.BooleanSupplier;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Whether Spring Security guards the application's requests: its web module is on the
 * class path and the application has a {@code SecurityFilterChain} (Spring Boot defines
 * one unless the application does). Which requests a chain lets through is decided by
 * request matchers and authorization managers that cannot be read statically, so every
 * operation of a guarded application documents 401 and 403.
 *
 * @since 0.1.0
 */
public final class SpringSecurityGuard implements BooleanSupplier {

	private static final String FILTER_CHAIN = "org.springframework.security.web.SecurityFilterChain";

	private final ListableBeanFactory beanFactory;

	private final ClassLoader classLoader;

	/**
	 * Create the check.
	 * @param beanFactory the application's bean factory
	 * @param classLoader the application's class loader
	 */
	public SpringSecurityGuard(ListableBeanFactory beanFactory, ClassLoader classLoader) {
		Assert.notNull(beanFactory, "'beanFactory' must not be null");
		Assert.notNull(classLoader, "'classLoader' must not be null");
		this.beanFactory = beanFactory;
		this.classLoader = classLoader;
	}

	@Override
	public boolean getAsBoolean() {
		if (!ClassUtils.isPresent(FILTER_CHAIN, this.classLoader)) {
			return false;
		}
		Class<?> filterChain = ClassUtils.resolveClassName(FILTER_CHAIN, this.classLoader);
		return this.beanFactory.getBeanNamesForType(filterChain, false, false).length > 0;
	}

}
