package io.github.errorstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata that the annotation processor generates from
 * {@link ErrorsProperties}: every property is described, and every property that a
 * condition reads is documented, so the documented and the read names cannot drift apart.
 */
class ConfigurationMetadataTests {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	// properties read by conditions; a condition on a new one fails the scan below until
	// it is
	// listed here
	private static final List<String> CONDITION_PROPERTIES = List.of("errors.enabled", "errors.sentry.enabled",
			"errors.openapi.enabled");

	private static Map<String, JsonNode> properties;

	private static Map<String, JsonNode> hints;

	@BeforeAll
	static void readMetadata() throws IOException {
		properties = new LinkedHashMap<>();
		hints = new LinkedHashMap<>();
		ObjectMapper mapper = new ObjectMapper();
		Enumeration<URL> files = ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA);
		while (files.hasMoreElements()) {
			try (InputStream in = files.nextElement().openStream()) {
				JsonNode metadata = mapper.readTree(in);
				addErrorsEntries(metadata.path("properties"), properties);
				addErrorsEntries(metadata.path("hints"), hints);
			}
		}
	}

	@Test
	void metadataWhenGeneratedShouldHoldErrorsProperties() {
		assertThat(properties).containsKeys("errors.enabled", "errors.exceptions", "errors.paths",
				"errors.include-message");
	}

	@Test
	void everyPropertyShouldHaveDescription() {
		assertThat(properties.values()).allSatisfy(
				(property) -> assertThat(property.path("description").asText()).as(property.path("name").asText())
					.isNotBlank());
	}

	@Test
	void everyDescriptionShouldFollowSpringBootRules() {
		assertThat(properties.values()).allSatisfy((property) -> {
			String name = property.path("name").asText();
			String description = property.path("description").asText();
			assertThat(description).as(name).doesNotStartWith("The ").doesNotStartWith("A ").endsWith(".");
			if ("java.lang.Boolean".equals(property.path("type").asText())) {
				assertThat(description).as(name).matches("^(Whether|Enable) .*");
			}
		});
	}

	@Test
	void exceptionKeysShouldBeHintedAsThrowableClassNames() {
		JsonNode provider = hints.get("errors.exceptions.keys").path("providers").get(0);
		assertThat(provider.path("name").asText()).isEqualTo("class-reference");
		assertThat(provider.path("parameters").path("target").asText()).isEqualTo("java.lang.Throwable");
	}

	@Test
	void everyHintShouldNameADocumentedProperty() {
		assertThat(hints.keySet())
			.allSatisfy((name) -> assertThat(properties).containsKey(name.replaceAll("\\.(keys|values)$", "")));
	}

	@Test
	void everyListedConditionPropertyShouldBeDocumented() {
		assertThat(properties).containsKeys(CONDITION_PROPERTIES.toArray(String[]::new));
	}

	@Test
	void everyPropertyReadByConditionShouldBeListedAndDocumented() throws IOException {
		Set<String> read = propertiesReadByConditions();
		assertThat(read).contains("errors.enabled");
		assertThat(CONDITION_PROPERTIES).containsAll(read);
		assertThat(properties).containsKeys(read.toArray(String[]::new));
	}

	private static void addErrorsEntries(JsonNode entries, Map<String, JsonNode> target) {
		for (JsonNode entry : entries) {
			String name = entry.path("name").asText();
			if (name.startsWith("errors.")) {
				target.put(name, entry);
			}
		}
	}

	// scans the starter's own classes, so a condition added later cannot escape this test
	private static Set<String> propertiesReadByConditions() throws IOException {
		URL classes = ErrorsAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:io/github/errorstarter/**/*.class");
		MetadataReaderFactory readers = new CachingMetadataReaderFactory();
		Set<String> names = new LinkedHashSet<>();
		for (Resource resource : resources) {
			if (resource.getURL().toString().startsWith(classes.toString())) {
				AnnotationMetadata metadata = readers.getMetadataReader(resource).getAnnotationMetadata();
				addConditionProperties(metadata, names);
				metadata.getDeclaredMethods().forEach((method) -> addConditionProperties(method, names));
			}
		}
		return names;
	}

	private static void addConditionProperties(AnnotatedTypeMetadata metadata, Set<String> names) {
		MergedAnnotations annotations = metadata.getAnnotations();
		annotations.stream(ConditionalOnBooleanProperty.class).forEach((condition) -> addNames(condition, names));
		annotations.stream(ConditionalOnProperty.class).forEach((condition) -> addNames(condition, names));
	}

	private static void addNames(MergedAnnotation<?> condition, Set<String> names) {
		String prefix = condition.getString("prefix").replaceAll("\\.$", "");
		List<String> declared = new ArrayList<>(List.of(condition.getStringArray("name")));
		declared.addAll(List.of(condition.getStringArray("value")));
		for (String name : declared) {
			names.add(String.join(".", prefix, name).replaceAll("^\\.", ""));
		}
	}

}
