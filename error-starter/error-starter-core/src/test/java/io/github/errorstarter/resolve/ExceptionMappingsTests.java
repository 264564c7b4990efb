package io.github.errorstarter.resolve;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ExceptionMappings}.
 */
class ExceptionMappingsTests {

	private static final String PROPERTY = "errors.exceptions";

	private final ClassLoader classLoader = getClass().getClassLoader();

	@Test
	void findWhenSubclassHasOwnMappingShouldUseIt() {
		ExceptionMappings mappings = mappings("java.io.IOException", 503, "java.net.ConnectException", 502);
		assertThat(mappings.find(ConnectException.class).status()).isEqualTo(502);
	}

	@Test
	void findWhenOnlySuperclassIsMappedShouldUseItsMapping() {
		ExceptionMappings mappings = mappings("java.io.IOException", 503, "java.net.ConnectException", 502);
		assertThat(mappings.find(SocketTimeoutException.class).status()).isEqualTo(503);
	}

	@Test
	void findWhenSuperclassIsListedAfterSubclassShouldStillPreferSubclass() {
		ExceptionMappings mappings = mappings("java.lang.Exception", 500, "java.io.FileNotFoundException", 404,
				"java.io.IOException", 503);
		assertThat(mappings.find(FileNotFoundException.class).status()).isEqualTo(404);
		assertThat(mappings.find(IOException.class).status()).isEqualTo(503);
	}

	@Test
	void findWhenSeveralAncestorsAreMappedShouldUseClosest() {
		ExceptionMappings mappings = mappings("java.lang.Exception", 500, "java.io.IOException", 503,
				"java.lang.Throwable", 599);
		assertThat(mappings.find(ConnectException.class).status()).isEqualTo(503);
	}

	@Test
	void findWhenExactClassIsMappedShouldUseIt() {
		ExceptionMappings mappings = mappings("java.io.IOException", 503);
		assertThat(mappings.find(IOException.class).status()).isEqualTo(503);
	}

	@Test
	void findWhenClassIsUnrelatedShouldReturnNull() {
		ExceptionMappings mappings = mappings("java.io.IOException", 503);
		assertThat(mappings.find(IllegalStateException.class)).isNull();
	}

	@Test
	void findWhenNothingIsMappedShouldReturnNull() {
		ExceptionMappings mappings = ExceptionMappings.fromClassNames(Map.of(), this.classLoader, PROPERTY);
		assertThat(mappings.find(IOException.class)).isNull();
	}

	@Test
	void fromClassNamesWhenClassDoesNotExistShouldFailNamingClassAndProperty() {
		assertThatIllegalStateException().isThrownBy(() -> mappings("com.example.MissingException", 503))
			.withMessageContaining("'com.example.MissingException'")
			.withMessageContaining(PROPERTY)
			.withMessageContaining("\"[com.example.MissingException]\"");
	}

	@Test
	void fromClassNamesWhenClassIsNotThrowableShouldFail() {
		assertThatIllegalStateException().isThrownBy(() -> mappings("java.lang.String", 400))
			.withMessageContaining("'java.lang.String'")
			.withMessageContaining(PROPERTY)
			.withMessageContaining("not an exception class");
	}

	@Test
	void fromClassNamesWhenStatusIsNotAnErrorShouldFail() {
		assertThatIllegalStateException().isThrownBy(() -> mappings("java.io.IOException", 200))
			.withMessageContaining("Invalid status 200")
			.withMessageContaining(PROPERTY + ".[java.io.IOException]");
	}

	@Test
	void fromClassNamesWhenStatusIsAboveServerErrorsShouldFail() {
		assertThatIllegalStateException().isThrownBy(() -> mappings("java.io.IOException", 600))
			.withMessageContaining("Invalid status 600");
	}

	@Test
	void fromClassNamesWhenStatusHasNoSpringConstantShouldAcceptIt() {
		ExceptionMappings mappings = mappings("java.io.IOException", 599);
		assertThat(mappings.find(IOException.class).status()).isEqualTo(599);
	}

	@Test
	void fromClassNamesWhenNameHasSurroundingSpacesShouldLoadClass() {
		ExceptionMappings mappings = mappings(" java.io.IOException ", 503);
		assertThat(mappings.find(IOException.class).status()).isEqualTo(503);
	}

	@Test
	void fromClassNamesWhenClassIsNestedShouldLoadBinaryName() {
		ExceptionMappings mappings = mappings(NestedException.class.getName(), 409);
		assertThat(mappings.find(NestedException.class).status()).isEqualTo(409);
	}

	@Test
	void ofPresentWhenClassIsAbsentShouldSkipIt() {
		Map<String, ExceptionMapping> byName = new LinkedHashMap<>();
		byName.put("com.example.AbsentLibraryException", ExceptionMapping.ofStatus(401));
		byName.put("java.io.IOException", ExceptionMapping.ofStatus(503));
		ExceptionMappings mappings = ExceptionMappings.ofPresent(byName, this.classLoader);
		assertThat(mappings.find(IOException.class).status()).isEqualTo(503);
	}

	private ExceptionMappings mappings(Object... namesAndStatuses) {
		Map<String, ExceptionMapping> byName = new LinkedHashMap<>();
		for (int i = 0; i < namesAndStatuses.length; i += 2) {
			byName.put((String) namesAndStatuses[i], ExceptionMapping.ofStatus((Integer) namesAndStatuses[i + 1]));
		}
		return ExceptionMappings.fromClassNames(byName, this.classLoader, PROPERTY);
	}

	static class NestedException extends RuntimeException {

	}

}
