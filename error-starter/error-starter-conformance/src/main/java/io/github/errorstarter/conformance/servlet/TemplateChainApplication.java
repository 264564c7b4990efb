package io.github.errorstarter.conformance.servlet;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The template-chain app
 * ({@link io.github.errorstarter.conformance.TestApp#TEMPLATE_CHAIN}): a 403 and a 500 at
 * the root and under each folder of fixture templates; unknown paths give the 404s.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(TemplateChainApplication.FailingController.class)
class TemplateChainApplication {

	@RestController
	static class FailingController {

		@GetMapping({ "/forbidden", "/blog/forbidden" })
		String forbidden() {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}

		@GetMapping({ "/boom", "/blog/boom", "/broken-syntax/boom", "/broken-fragment/boom",
				"/broken-expression/boom" })
		String boom() {
			throw new IllegalStateException("Simulated failure");
		}

	}

}
