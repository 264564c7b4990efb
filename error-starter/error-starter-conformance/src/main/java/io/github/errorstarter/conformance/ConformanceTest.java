package io.github.errorstarter.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a suite class that runs against the app of the given configuration: a constructor
 * or method parameter of type {@link RunningApp} gets it. Each configuration starts once
 * per JVM, on first use, and every suite class that names it shares it, as Spring's test
 * context cache would; all stop when every test has run.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ConformanceExtension.class)
public @interface ConformanceTest {

	/**
	 * The configuration the suite class runs against.
	 * @return the configuration
	 */
	AppConfiguration value();

}
