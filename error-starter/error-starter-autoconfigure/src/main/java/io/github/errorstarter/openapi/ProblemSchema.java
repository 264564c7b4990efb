package io.github.errorstarter.openapi;

import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.models.media.Schema;

/**
 * The OpenAPI schema of the problem bodies error-starter renders: the RFC 9457 members
 * and the extensions {@code code}, {@code errors}, {@code traceId}, {@code eventId} and
 * {@code requestId}, open to the properties an exception carries.
 */
final class ProblemSchema {

	/**
	 * The name of the schema among the document's components.
	 */
	static final String NAME = "Problem";

	/**
	 * The reference to the schema, for the responses.
	 */
	static final String REF = "#/components/schemas/" + NAME;

	private ProblemSchema() {
	}

	/**
	 * Create the schema.
	 * @return a new schema
	 */
	static Schema<Object> create() {
		Schema<Object> problem = typed("object",
				"An RFC 9457 problem detail: how the API describes every error (application/problem+json).");
		problem.addProperty("type", typed("string",
				"A URI reference that identifies the problem type; about:blank unless the API sets a base URI of types.")
			.format("uri-reference"));
		problem.addProperty("title", typed("string", "A short, human-readable summary of the problem type."));
		problem.addProperty("status", typed("integer", "The HTTP status code.").format("int32"));
		problem.addProperty("detail",
				typed("string", "A human-readable explanation of this occurrence; a generic text for server errors."));
		problem.addProperty("instance", typed("string", "The path of the request.").format("uri-reference"));
		problem.addProperty("code",
				typed("string", "A stable, machine-readable error code, such as NOT_FOUND or VALIDATION_FAILED."));
		problem.addProperty("errors",
				typed("array", "The validation failures, one per field or parameter (and object-level ones).")
					.items(validationError()));
		problem.addProperty("traceId", typed("string", "The trace id of the request, when tracing is on."));
		problem.addProperty("eventId", typed("string", "The id of the event reported to Sentry, when one was."));
		problem.addProperty("requestId", typed("string",
				"A random id of a server error with neither trace nor event id, also written to the server's log."));
		problem.required(List.of("type", "title", "status", "code"));
		// an ErrorResponse's own properties become members too
		problem.additionalProperties(Boolean.TRUE);
		return problem;
	}

	private static Schema<Object> validationError() {
		Schema<Object> error = typed("object", "One failed constraint.");
		error.addProperty("field", typed("string",
				"The field, parameter or property path, such as address.lines[0]; absent for an object-level error."));
		error.addProperty("pointer",
				typed("string", "The JSON pointer to the field in the request body, such as #/address/lines/0."));
		error.addProperty("message", typed("string", "The human-readable message."));
		error.addProperty("code", typed("string", "The constraint's code, such as NotBlank."));
		return error;
	}

	// OpenAPI 3.0 documents write a schema's type, 3.1 documents its types (springdoc's
	// default): set both, so the schema reads the same whichever the application serves
	static Schema<Object> typed(String type, String description) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(new LinkedHashSet<>(List.of(type)));
		schema.setDescription(description);
		return schema;
	}

}
