package io.github.errorstarter.render;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorTemplateLocator}.
 */
class ErrorTemplateLocatorTests {

	@Test
	void candidatesWithFolderShouldTryFolderThenApplicationThenBootCatchAll() {
		assertThat(ErrorTemplateLocator.candidates("blog", 404)).containsExactly("blog/error/404", "blog/error/4xx",
				"blog/error/error", "error/404", "error/4xx", "error/error", "error");
	}

	@Test
	void candidatesShouldStripSlashesAroundFolder() {
		assertThat(ErrorTemplateLocator.candidates(" /blog/ ", 503)).startsWith("blog/error/503", "blog/error/5xx");
	}

	@Test
	void candidatesWhenFolderIsNestedShouldKeepInnerSlashes() {
		assertThat(ErrorTemplateLocator.candidates("/blog/posts//", 404)).first().isEqualTo("blog/posts/error/404");
	}

	@Test
	void candidatesWithoutFolderShouldStartWithApplicationTemplates() {
		List<String> expected = List.of("error/599", "error/5xx", "error/error", "error");
		assertThat(ErrorTemplateLocator.candidates(null, 599)).isEqualTo(expected);
		assertThat(ErrorTemplateLocator.candidates("  ", 599)).isEqualTo(expected);
	}

	@Test
	void locateShouldReturnMostSpecificTemplateThatExists() {
		ErrorTemplateLocator locator = locator(Set.of("error/4xx", "blog/error/error", "error"));
		assertThat(locator.locate("blog", 404)).isEqualTo("blog/error/error");
		assertThat(locator.locate(null, 404)).isEqualTo("error/4xx");
		assertThat(locator.locate(null, 500)).isEqualTo("error");
	}

	@Test
	void locateWhenNoTemplateExistsShouldReturnStarterDefault() {
		assertThat(locator(Set.of()).locate("blog", 404)).isEqualTo("error-starter/error");
	}

	private static ErrorTemplateLocator locator(Set<String> existing) {
		return new ErrorTemplateLocator(existing::contains, true);
	}

}
