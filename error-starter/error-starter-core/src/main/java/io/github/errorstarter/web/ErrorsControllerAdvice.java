package io.github.errorstarter.web;

import io.github.errorstarter.pipeline.ErrorPipeline;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The door for exceptions thrown by handlers, Spring MVC's own included (unknown URLs,
 * 405, 415, bad input). It answers inside the {@code DispatcherServlet}, so these errors
 * never take the slower servlet error-page forward. At the lowest precedence, so the
 * application's own {@code @ExceptionHandler}s still win.
 *
 * @since 0.1.0
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorsControllerAdvice {

	private final ServletErrorHandler handler;

	/**
	 * Create the advice.
	 * @param pipeline the pipeline to hand errors to
	 */
	public ErrorsControllerAdvice(ErrorPipeline pipeline) {
		Assert.notNull(pipeline, "'pipeline' must not be null");
		this.handler = new ServletErrorHandler(pipeline);
	}

	/**
	 * Handle any exception a handler throws.
	 * @param ex the exception
	 * @param request the request
	 * @param response the response, written directly
	 */
	@ExceptionHandler(Exception.class)
	public void handleException(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		this.handler.handle(request, response, ex);
	}

}
