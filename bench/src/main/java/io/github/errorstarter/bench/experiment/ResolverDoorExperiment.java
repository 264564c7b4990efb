package io.github.errorstarter.bench.experiment;

import java.util.List;

import io.github.errorstarter.pipeline.ErrorPipeline;
import io.github.errorstarter.web.ServletErrorHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * An experiment, not part of the starter: the design's door for handler exceptions is a
 * {@code @ControllerAdvice}, and Spring's {@code @ExceptionHandler} machinery costs about
 * a tenth of a 500 in the profiles. With {@code --bench.resolver-door=true} the same
 * pipeline is reached from a {@link HandlerExceptionResolver} placed right after Spring's
 * {@link ExceptionHandlerExceptionResolver} instead, so the load test can measure what
 * that door would save ({@code PHASES=experiments bench/run.sh load}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("bench.resolver-door")
class ResolverDoorExperiment implements WebMvcConfigurer {

	private final ObjectProvider<ErrorPipeline> pipeline;

	ResolverDoorExperiment(ObjectProvider<ErrorPipeline> pipeline) {
		this.pipeline = pipeline;
	}

	// the advice would answer first, inside Spring's ExceptionHandlerExceptionResolver
	@Bean
	static BeanDefinitionRegistryPostProcessor withoutErrorsControllerAdvice() {
		return (registry) -> registry.removeBeanDefinition("errorsControllerAdvice");
	}

	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		int index = 0;
		while (index < resolvers.size() && !(resolvers.get(index) instanceof ExceptionHandlerExceptionResolver)) {
			index++;
		}
		resolvers.add(Math.min(index + 1, resolvers.size()), this::resolve);
	}

	private ModelAndView resolve(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		// so a curl check can tell which door answered
		response.setHeader("X-Bench-Door", "resolver");
		new ServletErrorHandler(this.pipeline.getObject()).handle(request, response, ex);
		return new ModelAndView();
	}

}
