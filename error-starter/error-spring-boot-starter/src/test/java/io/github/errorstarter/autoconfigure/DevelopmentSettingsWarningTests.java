package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.resolve.IncludeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DevelopmentSettingsWarning}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DevelopmentSettingsWarningTests {

	@Test
	void warnWhenStackTracesAndServerErrorMessagesAreShownShouldNameBothSettings(CapturedOutput output) {
		new DevelopmentSettingsWarning(true, IncludeMessage.ALWAYS).afterSingletonsInstantiated();
		assertThat(output).contains("WARN")
			.contains("Development mode of error-starter is ON")
			.contains("errors.include-stacktrace=true")
			.contains("errors.include-message=always")
			.contains("never enable this in production");
	}

	@Test
	void warnWhenOnlyStackTracesAreShownShouldNameThatSetting(CapturedOutput output) {
		new DevelopmentSettingsWarning(true, IncludeMessage.CLIENT_ERRORS).afterSingletonsInstantiated();
		assertThat(output).contains("errors.include-stacktrace=true").doesNotContain("errors.include-message");
	}

	@Test
	void warnWhenOnlyServerErrorMessagesAreShownShouldNameThatSetting(CapturedOutput output) {
		new DevelopmentSettingsWarning(false, IncludeMessage.ALWAYS).afterSingletonsInstantiated();
		assertThat(output).contains("errors.include-message=always").doesNotContain("errors.include-stacktrace");
	}

	@Test
	void warnWithDefaultSettingsShouldLogNothing(CapturedOutput output) {
		new DevelopmentSettingsWarning(false, IncludeMessage.CLIENT_ERRORS).afterSingletonsInstantiated();
		new DevelopmentSettingsWarning(false, IncludeMessage.NEVER).afterSingletonsInstantiated();
		assertThat(output).doesNotContain("Development mode");
	}

}
