package io.github.errorstarter.autoconfigure;

import io.github.errorstarter.web.ErrorDispatchHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet error page of Spring Boot 4 ({@code spring.web.error.path}, {@code /error}
 * by default), answered by the pipeline through the {@link ErrorDispatchHandler}. Being
 * an {@link ErrorController}, it makes Boot's own error controller back off.
 *
 * @since 0.1.0
 */
// Boot 4 moved server.error.* to spring.web.error.*: the same mapping as its
// BasicErrorController
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public final class ErrorsErrorController implements ErrorController {

	private final ErrorDispatchHandler handler;

	/**
	 * Create the controller.
	 * @param handler the door that hands the error to the pipeline
	 */
	public ErrorsErrorController(ErrorDispatchHandler handler) {
		Assert.notNull(handler, "'handler' must not be null");
		this.handler = handler;
	}

	/**
	 * Handle the error of the request being dispatched, whatever its method.
	 * @param request the request
	 * @param response the response, written directly
	 */
	@RequestMapping
	public void handleError(HttpServletRequest request, HttpServletResponse response) {
		this.handler.handle(request, response);
	}

}
