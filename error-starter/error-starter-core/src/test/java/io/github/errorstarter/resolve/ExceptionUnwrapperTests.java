package io.github.errorstarter.resolve;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ExceptionUnwrapper}.
 */
class ExceptionUnwrapperTests {

	@Test
	void unwrapWhenServletExceptionShouldReturnCause() {
		IOException cause = new IOException();
		assertThat(ExceptionUnwrapper.unwrap(new ServletException(cause))).isSameAs(cause);
	}

	@Test
	void unwrapWhenWrappersAreNestedShouldReturnInnermost() {
		IOException cause = new IOException();
		Throwable thrown = new ServletException(new CompletionException(
				new ExecutionException(new UndeclaredThrowableException(new InvocationTargetException(cause)))));
		assertThat(ExceptionUnwrapper.unwrap(thrown)).isSameAs(cause);
	}

	@Test
	void unwrapWhenWrapperHasNoCauseShouldReturnWrapper() {
		ServletException wrapper = new ServletException("no cause");
		assertThat(ExceptionUnwrapper.unwrap(wrapper)).isSameAs(wrapper);
	}

	@Test
	void unwrapWhenNotWrapperShouldKeepExceptionWithItsCause() {
		IllegalStateException thrown = new IllegalStateException(new IOException());
		assertThat(ExceptionUnwrapper.unwrap(thrown)).isSameAs(thrown);
	}

	@Test
	void unwrapWhenWrapperWrapsNonWrapperShouldStopThere() {
		IllegalStateException middle = new IllegalStateException(new CompletionException(new IOException()));
		assertThat(ExceptionUnwrapper.unwrap(new ServletException(middle))).isSameAs(middle);
	}

	@Test
	@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
	void unwrapWhenCausesFormCycleShouldTerminate() {
		ServletException first = new ServletException("first");
		ServletException second = new ServletException("second");
		first.initCause(second);
		second.initCause(first);
		assertThat(ExceptionUnwrapper.unwrap(first)).isIn(first, second);
	}

	@Test
	void findInCausesShouldGiveTheFirstAnswerOutermostFirst() {
		IOException root = new IOException("root");
		IllegalStateException middle = new IllegalStateException("middle", root);
		RuntimeException outer = new RuntimeException("outer", middle);
		String found = ExceptionUnwrapper.findInCauses(outer,
				(ex) -> (ex instanceof IllegalStateException || ex instanceof IOException) ? ex.getMessage() : null);
		assertThat(found).isEqualTo("middle");
		String none = ExceptionUnwrapper.findInCauses(outer, (ex) -> null);
		assertThat(none).isNull();
	}

	@Test
	@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
	void findInCausesWhenCausesFormCycleShouldStopAtMaxDepth() {
		IllegalStateException first = new IllegalStateException("first");
		IllegalStateException second = new IllegalStateException("second", first);
		first.initCause(second);
		int[] probed = new int[1];
		String none = ExceptionUnwrapper.findInCauses(first, (ex) -> {
			probed[0]++;
			return null;
		});
		assertThat(none).isNull();
		assertThat(probed[0]).isEqualTo(ExceptionUnwrapper.MAX_DEPTH);
	}

}
