package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.conformance.slice.AbstractWebMvcSliceTests;
import io.github.errorstarter.conformance.slice.SliceController;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The starter in this line's {@code @WebMvcTest} slice.
 */
@WebMvcTest
@ContextConfiguration(classes = WebMvcSliceTests.SliceApplication.class)
class WebMvcSliceTests extends AbstractWebMvcSliceTests {

	@SpringBootConfiguration(proxyBeanMethods = false)
	@Import(SliceController.class)
	static class SliceApplication {

	}

}
