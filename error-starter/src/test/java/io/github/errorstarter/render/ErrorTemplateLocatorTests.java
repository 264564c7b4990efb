package io.github.errorstarter.render;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProvider;
import org.springframework.boot.autoconfigure.template.TemplateAvailabilityProviders;
import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorTemplateLocator}.
 */
class ErrorTemplateLocatorTests {

	@Test
	void candidatesWhenNoFolderShouldGoFromStatusToSeriesToCatchAll() {
		assertThat(ErrorTemplateLocator.candidates(null, 404)).containsExactly("error/404", "error/4xx",
				"error/error", "error");
	}

	@Test
	void candidatesWhenFolderShouldTryFolderFirst() {
		assertThat(ErrorTemplateLocator.candidates("blog", 503)).containsExactly("blog/error/503", "blog/error/5xx",
				"blog/error/error", "error/503", "error/5xx", "error/error", "error");
	}

	@Test
	void candidatesWhenFolderHasSlashesShouldStripThem() {
		assertThat(ErrorTemplateLocator.candidates(" /blog/posts// ", 404)).first().isEqualTo("blog/posts/error/404");
	}

	@Test
	void candidatesWhenFolderIsBlankShouldIgnoreIt() {
		assertThat(ErrorTemplateLocator.candidates(" ", 404)).first().isEqualTo("error/404");
	}

	@Test
	void locateWhenSeveralTemplatesExistShouldReturnMostSpecific() {
		ErrorTemplateLocator locator = locator("blog/error/4xx", "error/404", "error/error");
		assertThat(locator.locate("blog", 404)).isEqualTo("blog/error/4xx");
		assertThat(locator.locate(null, 404)).isEqualTo("error/404");
		assertThat(locator.locate(null, 410)).isEqualTo("error/error");
	}

	@Test
	void locateWhenApplicationHasCatchAllErrorViewShouldUseIt() {
		assertThat(locator("error").locate("blog", 500)).isEqualTo("error");
	}

	@Test
	void locateWhenNoTemplateExistsShouldReturnStarterDefault() {
		assertThat(locator().locate("blog", 500)).isEqualTo(ErrorTemplateLocator.DEFAULT_TEMPLATE);
	}

	private ErrorTemplateLocator locator(String... available) {
		Set<String> templates = Set.of(available);
		TemplateAvailabilityProvider provider = (view, environment, classLoader,
				resourceLoader) -> templates.contains(view);
		return new ErrorTemplateLocator(new FixedProviders(List.of(provider)), new StaticApplicationContext());
	}

	static class FixedProviders extends TemplateAvailabilityProviders {

		FixedProviders(Collection<TemplateAvailabilityProvider> providers) {
			super(providers);
		}

	}

}
