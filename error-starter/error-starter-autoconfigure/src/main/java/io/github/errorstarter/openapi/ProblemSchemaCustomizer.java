package io.github.errorstarter.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds the {@code Problem} schema, which the {@link ProblemResponsesCustomizer}'s
 * responses refer to, to the components of every OpenAPI document. A schema of that name
 * the application defines itself is kept.
 *
 * @since 0.1.0
 */
public final class ProblemSchemaCustomizer implements GlobalOpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		Components components = openApi.getComponents();
		if (components.getSchemas() == null || !components.getSchemas().containsKey(ProblemSchema.NAME)) {
			components.addSchemas(ProblemSchema.NAME, ProblemSchema.create());
		}
	}

}
