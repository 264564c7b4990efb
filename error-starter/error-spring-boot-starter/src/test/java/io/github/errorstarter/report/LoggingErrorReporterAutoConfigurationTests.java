package io.github.errorstarter.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration;
import io.github.errorstarter.context.ErrorContext;
import io.github.errorstarter.resolve.ErrorDescription;
import io.github.errorstarter.web.ServletErrorRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code errors.logging.*} settings reach the logging reporter, and invalid ones fail
 * at startup with the property's name.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoggingErrorReporterAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ErrorsAutoConfiguration.class));

	@Test
	void settingsShouldApplyToLoggingReporter(CapturedOutput output) {
		this.runner
			.withPropertyValues("errors.logging.client-error-level=error",
					"errors.logging.exception-levels[java.lang.UnsupportedOperationException]=off")
			.run((context) -> {
				LoggingErrorReporter reporter = context.getBean(LoggingErrorReporter.class);
				reporter.report(error("/configured", 409, "CONFLICT", null));
				reporter.report(error("/silenced", 500, "INTERNAL_SERVER_ERROR", new UnsupportedOperationException()));
			});
		assertThat(output).contains("ERROR").contains("GET /configured -> 409 CONFLICT").doesNotContain("/silenced");
	}

	@Test
	void unknownExceptionClassShouldFailWithPropertyName() {
		this.runner.withPropertyValues("errors.logging.exception-levels[com.example.NoSuchException]=warn")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("errors.logging.exception-levels"));
	}

	@Test
	void invalidQuietPathShouldFailWithPropertyName() {
		this.runner.withPropertyValues("errors.logging.quiet-paths=/a/**/b/**")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("errors.logging.quiet-paths"));
	}

	private static ErrorContext error(String path, int status, String code, Throwable exception) {
		ErrorDescription description = new ErrorDescription(status, ErrorDescription.BLANK_TYPE, "Title", "Detail",
				true, code, List.of(), Map.of(), HttpHeaders.EMPTY);
		return new ErrorContext(
				new ServletErrorRequest(new MockHttpServletRequest("GET", path), new MockHttpServletResponse()),
				description, exception, Instant.now());
	}

}
