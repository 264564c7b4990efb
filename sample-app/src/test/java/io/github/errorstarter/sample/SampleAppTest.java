package io.github.errorstarter.sample;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The sample app on a random port of 127.0.0.1. Every test class with this annotation and
 * no other configuration shares one application context. The async timeout is shortened
 * so the timeout stop is quick, and the Sentry DSN is emptied so no test can report to a
 * real Sentry even when {@code SENTRY_DSN} is set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.mvc.async.request-timeout=500ms", "sentry.dsn=",
				// every test that fails on purpose should see its full stack in the log,
				// not a repeat line
				"errors.logging.repeat-window=0" })
public @interface SampleAppTest {

}
