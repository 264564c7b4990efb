package io.github.errorstarter.sample;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code curl} examples of the README, read from the README itself so that a test can
 * send each request to the running sample app and compare the answer with what the README
 * shows: an indented block that starts with {@code $ curl -i ...}, then the status line,
 * the headers the README shows, a blank line and the JSON body.
 */
final class ReadmeExamples {

	/**
	 * Members whose value differs on every request: only their presence is compared.
	 */
	static final Set<String> VOLATILE_MEMBERS = Set.of("requestId", "eventId", "traceId");

	private static final String PROMPT = "    $ curl ";

	private static final ObjectMapper objectMapper = new ObjectMapper();

	private ReadmeExamples() {
	}

	/**
	 * Return the examples of one section of the README.
	 * @param heading the section's heading line, or its start (such as {@code ### 11.})
	 * @return the examples in the order the README shows them
	 */
	static List<Example> inSection(String heading) {
		String section = section(readme(), heading);
		List<Example> examples = new ArrayList<>();
		String[] lines = section.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(PROMPT)) {
				examples.add(parse(lines, i));
			}
		}
		return examples;
	}

	/**
	 * Count the {@code curl} examples of the whole README.
	 * @return the count
	 */
	static int countAll() {
		return (int) readme().lines().filter((line) -> line.startsWith(PROMPT)).count();
	}

	static String readme() {
		Path directory = Path.of("").toAbsolutePath();
		// sample-app and sample-app/boot4 run these tests from different depths
		while (directory != null && !Files.isRegularFile(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		assertThat(directory).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
		try {
			return Files.readString(directory.resolve("README.md"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the README", ex);
		}
	}

	private static String section(String readme, String heading) {
		int start = readme.indexOf("\n" + heading);
		assertThat(start).as("README section %s", heading).isNotNegative();
		String level = heading.substring(0, heading.indexOf(' ') + 1);
		int end = start + 1;
		do {
			end = readme.indexOf("\n#", end + 1);
		}
		while (end > 0 && !isHeadingAtOrAbove(readme, end + 1, level.length() - 1));
		return readme.substring(start + 1, (end > 0) ? end : readme.length());
	}

	private static boolean isHeadingAtOrAbove(String text, int index, int level) {
		int hashes = 0;
		while (index + hashes < text.length() && text.charAt(index + hashes) == '#') {
			hashes++;
		}
		return hashes <= level && index + hashes < text.length() && text.charAt(index + hashes) == ' ';
	}

	private static Example parse(String[] lines, int start) {
		Request request = Request.fromCurl(lines[start].substring(PROMPT.length()));
		int i = start + 1;
		String statusLine = lines[i++].trim();
		assertThat(statusLine).as("status line after %s", lines[start]).startsWith("HTTP/1.1 ");
		int status = Integer.parseInt(statusLine.substring("HTTP/1.1 ".length()).trim());
		Map<String, String> headers = new LinkedHashMap<>();
		while (i < lines.length && !lines[i].isBlank()) {
			String header = lines[i++].trim();
			int colon = header.indexOf(':');
			headers.put(header.substring(0, colon), header.substring(colon + 1).trim());
		}
		while (i < lines.length && lines[i].isBlank()) {
			i++;
		}
		String body = (i < lines.length && lines[i].startsWith("    {")) ? lines[i].trim() : null;
		return new Example(lines[start].trim(), request, status, headers, body);
	}

	/**
	 * A request as {@code curl} sends it.
	 *
	 * @param method the method
	 * @param path the path and query
	 * @param headers the headers, {@code Accept: *}{@code /*} when the command sets none
	 * @param body the body, or {@code null}
	 */
	record Request(String method, String path, Map<String, String> headers, String body) {

		static Request fromCurl(String arguments) {
			Iterator<String> words = words(arguments).iterator();
			String method = "GET";
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Accept", "*/*");
			String body = null;
			String url = null;
			while (words.hasNext()) {
				String word = words.next();
				switch (word) {
					case "-i" -> {
					}
					case "-X" -> method = words.next();
					case "-H" -> {
						String header = words.next();
						int colon = header.indexOf(':');
						headers.put(header.substring(0, colon), header.substring(colon + 1).trim());
					}
					case "-u" -> headers.put("Authorization", "Basic "
							+ Base64.getEncoder().encodeToString(words.next().getBytes(StandardCharsets.UTF_8)));
					case "-d" -> {
						body = words.next();
						method = "GET".equals(method) ? "POST" : method;
					}
					default -> url = word;
				}
			}
			assertThat(url).as("URL of curl %s", arguments).startsWith("http://localhost:8080/");
			return new Request(method, url.substring("http://localhost:8080".length()), headers, body);
		}

		// words split by spaces, single quotes around words with spaces, as a shell does
		private static List<String> words(String arguments) {
			List<String> words = new ArrayList<>();
			StringBuilder word = new StringBuilder();
			boolean quoted = false;
			for (char c : arguments.toCharArray()) {
				if (c == '\'') {
					quoted = !quoted;
				}
				else if (c == ' ' && !quoted) {
					if (!word.isEmpty()) {
						words.add(word.toString());
						word.setLength(0);
					}
				}
				else {
					word.append(c);
				}
			}
			if (!word.isEmpty()) {
				words.add(word.toString());
			}
			return words;
		}

	}

	/**
	 * One example: the command, and the answer the README shows for it.
	 *
	 * @param command the command line as the README shows it
	 * @param request the request it sends
	 * @param status the status shown
	 * @param headers the headers shown
	 * @param body the JSON body shown, or {@code null}
	 */
	record Example(String command, Request request, int status, Map<String, String> headers, String body) {

		HttpResponse<String> send(SampleAppClient client) {
			return client.send(this.request.method(), this.request.path(), this.request.headers(), this.request.body());
		}

		/**
		 * Compare a real response with the README's: the status, each header shown, and
		 * the body member by member, in order; a header may carry parameters after the
		 * value shown. Members that change on every request ({@link #VOLATILE_MEMBERS})
		 * must be there; a shown value ending in {@code ...} is a prefix.
		 * @param response the response of the running app
		 * @param softly collects the differences
		 */
		void assertMatches(HttpResponse<String> response, SoftAssertions softly) {
			softly.assertThat(response.statusCode()).as(this.command).isEqualTo(this.status);
			// a shown value may leave out parameters that follow it: Spring Security 7
			// adds
			// charset="UTF-8" to WWW-Authenticate
			this.headers.forEach((name, value) -> softly.assertThat(response.headers().allValues(name))
				.as("%s: header %s", this.command, name)
				.anySatisfy((actual) -> assertThat(actual.equals(value) || actual.startsWith(value + ", "))
					.as("%s is %s", actual, value)
					.isTrue()));
			if (this.body == null) {
				return;
			}
			JsonNode shown = readTree(this.body);
			JsonNode actual = readTree(response.body());
			softly.assertThat(names(actual))
				.as("%s: members of %s", this.command, response.body())
				.containsExactlyElementsOf(names(shown));
			shown.fields().forEachRemaining((member) -> {
				String name = member.getKey();
				JsonNode value = actual.path(name);
				String description = this.command + ": member " + name;
				if (VOLATILE_MEMBERS.contains(name)) {
					softly.assertThat(value.isTextual() && !value.asText().isEmpty()).as(description).isTrue();
				}
				else if (member.getValue().isTextual() && member.getValue().asText().endsWith("...")) {
					String prefix = member.getValue().asText();
					softly.assertThat(value.asText())
						.as(description)
						.startsWith(prefix.substring(0, prefix.length() - 3));
				}
				else {
					softly.assertThat(value).as(description).isEqualTo(member.getValue());
				}
			});
		}

		private static List<String> names(JsonNode node) {
			List<String> names = new ArrayList<>();
			node.fieldNames().forEachRemaining(names::add);
			return names;
		}

		private static JsonNode readTree(String json) {
			try {
				return objectMapper.readTree(json);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON: " + json, ex);
			}
		}

	}

}
