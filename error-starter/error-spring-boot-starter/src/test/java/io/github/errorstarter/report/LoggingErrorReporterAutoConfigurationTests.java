package io.github.errorstarter.report;

import io.github.errorstarter.autoconfigure.ErrorsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.errorstarter.report.ReportTestErrors.error;
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

}
