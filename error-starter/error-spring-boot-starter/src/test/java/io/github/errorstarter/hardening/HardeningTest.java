package io.github.errorstarter.hardening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one configuration of every hardening test, so they share one application context:
 * the {@link HardeningTestApplication} on a random port of 127.0.0.1, the broken
 * templates under {@code /broken-page/**}, and the per-error log lines off (thousands of
 * 5xx stack traces would only flood the build log; the error path's own failure logs stay
 * on).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = HardeningTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "errors.paths[0].pattern=/broken-page/**",
				"errors.paths[0].templates=hardening-broken", "logging.level.io.github.errorstarter.errors=off" })
@interface HardeningTest {

}
