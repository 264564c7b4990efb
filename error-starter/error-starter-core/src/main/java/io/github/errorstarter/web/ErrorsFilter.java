package io.github.errorstarter.web;

import java.io.IOException;
import java.util.List;

import io.github.errorstarter.pipeline.ErrorPipeline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.util.Assert;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door for exceptions that escape the rest of the filter chain: later filters, view
 * rendering, anything thrown out of the {@code DispatcherServlet}. It hands them to the
 * pipeline instead of letting the container log them and forward to the error page, so
 * each error is logged and reported once, while Sentry's request scope is still open. A
 * response that is already committed is left alone: the error is reported and nothing is
 * written (see {@link ServletErrorHandler}). When the chain returns with an error status,
 * the filter tells the {@link ErrorDispatchListener}s, before the container's ERROR
 * dispatch.
 *
 * @since 0.1.0
 */
public class ErrorsFilter extends OncePerRequestFilter {

	/**
	 * The order of the filter: right after Sentry's filters.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

	private static final Log logger = LogFactory.getLog(ErrorsFilter.class);

	private final ServletErrorHandler handler;

	private final List<ErrorDispatchListener> listeners;

	/**
	 * Create the filter.
	 * @param pipeline the pipeline to hand errors to
	 */
	public ErrorsFilter(ErrorPipeline pipeline) {
		this(pipeline, List.of());
	}

	/**
	 * Create the filter.
	 * @param pipeline the pipeline to hand errors to
	 * @param listeners told when the chain returns with an error status, in order
	 */
	public ErrorsFilter(ErrorPipeline pipeline, List<ErrorDispatchListener> listeners) {
		Assert.notNull(listeners, "'listeners' must not be null");
		Assert.notNull(pipeline, "'pipeline' must not be null");
		this.handler = new ServletErrorHandler(pipeline);
		this.listeners = List.copyOf(listeners);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			this.handler.handle(request, response, ex);
		}
		finally {
			// only an error status (sendError) leads to the ERROR dispatch
			if (!this.listeners.isEmpty() && response.getStatus() >= 400) {
				beforeErrorDispatch(request);
			}
		}
	}

	private void beforeErrorDispatch(HttpServletRequest request) {
		for (ErrorDispatchListener listener : this.listeners) {
			try {
				listener.beforeErrorDispatch(request);
			}
			catch (RuntimeException ex) {
				logger.warn("Error dispatch listener " + listener.getClass().getName() + " failed: " + ex);
			}
		}
	}

	// exceptions thrown while an async result is dispatched escape here too
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
