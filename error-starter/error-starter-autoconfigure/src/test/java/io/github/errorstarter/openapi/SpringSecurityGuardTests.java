package io.github.errorstarter.openapi;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SpringSecurityGuard}.
 */
class SpringSecurityGuardTests {

	private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

	@Test
	void getAsBooleanWhenApplicationHasASecurityFilterChainShouldBeTrue() {
		this.beanFactory.registerBeanDefinition("filterChain", new RootBeanDefinition(SecurityFilterChain.class,
				() -> new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, List.of())));
		assertThat(new SpringSecurityGuard(this.beanFactory, getClass().getClassLoader()).getAsBoolean()).isTrue();
	}

	@Test
	void getAsBooleanWithoutSecurityFilterChainShouldBeFalse() {
		assertThat(new SpringSecurityGuard(this.beanFactory, getClass().getClassLoader()).getAsBoolean()).isFalse();
	}

	@Test
	void getAsBooleanWithoutSpringSecurityWebShouldBeFalse() {
		this.beanFactory.registerBeanDefinition("filterChain", new RootBeanDefinition(SecurityFilterChain.class,
				() -> new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, List.of())));
		ClassLoader withoutSecurity = new ClassLoader(getClass().getClassLoader()) {

			@Override
			protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
				if (name.startsWith("org.springframework.security.")) {
					throw new ClassNotFoundException(name);
				}
				return super.loadClass(name, resolve);
			}

		};
		assertThat(new SpringSecurityGuard(this.beanFactory, withoutSecurity).getAsBoolean()).isFalse();
	}

}
