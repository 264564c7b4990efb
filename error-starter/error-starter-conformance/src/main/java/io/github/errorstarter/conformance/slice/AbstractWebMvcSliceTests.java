package io.github.errorstarter.conformance.slice;

import io.github.errorstarter.pipeline.ErrorPipeline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter is active in a {@code @WebMvcTest} slice of {@link SliceController}, as in
 * the app: MockMvc gets the problem bodies production sends. Each Boot line subclasses it
 * with its own {@code @WebMvcTest}, whose package differs between the lines.
 *
 * @since 0.1.0
 */
public abstract class AbstractWebMvcSliceTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void sliceShouldHaveTheStartersPipeline() {
		assertThat(this.context.getBeanNamesForType(ErrorPipeline.class)).containsExactly("errorsPipeline");
	}

	@Test
	void exceptionShouldBeAProblemBodyWithoutItsMessage() {
		MvcTestResult result = this.mvc.get().uri("/slice/boom").accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(result).hasStatus(500)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Cache-Control", "no-store");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INTERNAL_SERVER_ERROR");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/slice/boom");
		assertThat(result).body().asString().doesNotContain("slice-secret");
	}

	@Test
	void invalidBodyShouldListEveryFieldError() {
		MvcTestResult result = this.mvc.post()
			.uri("/slice/items")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"quantity\": 0}")
			.exchange();
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("name", "quantity");
	}

}
