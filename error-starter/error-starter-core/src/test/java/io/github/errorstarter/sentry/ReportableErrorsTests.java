package io.github.errorstarter.sentry;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.github.errorstarter.report.ReportTestErrors.error;
import static org.assertj.core.api.Assertions.assertThat;

class ReportableErrorsTests {

	private final ReportableErrors defaults = new ReportableErrors(500, List.of(IOException.class));

	@Test
	void isReportableWhenServerErrorShouldBeTrue() {
		assertThat(this.defaults.isReportable(error("/a", 500, "INTERNAL_SERVER_ERROR", new IllegalStateException())))
			.isTrue();
		assertThat(this.defaults.isReportable(error("/a", 503, "SERVICE_UNAVAILABLE", null))).isTrue();
	}

	@Test
	void isReportableWhenClientErrorShouldBeFalse() {
		assertThat(this.defaults.isReportable(error("/a", 404, "NOT_FOUND", new IllegalStateException()))).isFalse();
		assertThat(this.defaults.isReportable(error("/a", 499, "CLIENT_CLOSED", null))).isFalse();
	}

	@Test
	void isReportableWhenExceptionIsIgnoredOrSubclassShouldBeFalse() {
		assertThat(this.defaults.isReportable(error("/a", 500, "INTERNAL_SERVER_ERROR", new IOException()))).isFalse();
		assertThat(this.defaults.isReportable(error("/a", 500, "INTERNAL_SERVER_ERROR", new FileNotFoundException())))
			.isFalse();
	}

	@Test
	void isReportableWhenThresholdIsLoweredShouldIncludeClientErrors() {
		ReportableErrors all = new ReportableErrors(400, List.of());
		assertThat(all.isReportable(error("/a", 409, "CONFLICT", new IllegalStateException()))).isTrue();
		assertThat(all.isReportable(error("/a", 302, "FOUND", null))).isFalse();
	}

}
