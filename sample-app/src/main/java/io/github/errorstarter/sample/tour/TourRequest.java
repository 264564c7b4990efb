package io.github.errorstarter.sample.tour;

/**
 * One request of a tour stop and the status it gets.
 *
 * @param method the HTTP method
 * @param path the path and query
 * @param accept the {@code Accept} header, or {@code null} to send none of our own
 * @param user the HTTP Basic user, whose password is its name, or {@code null}
 * @param body the JSON body, or {@code null}
 * @param status the status the request gets
 * @param result what comes back, in a few words
 */
public record TourRequest(String method, String path, String accept, String user, String body, int status,
		String result) {

	static final String HTML = "text/html";

	static final String JSON = "application/json";

	static TourRequest get(String path, String accept, int status, String result) {
		return new TourRequest("GET", path, accept, null, null, status, result);
	}

	static TourRequest post(String path, int status, String result) {
		return new TourRequest("POST", path, null, null, null, status, result);
	}

	/**
	 * Whether a browser can follow the request as a link.
	 * @return {@code true} for a {@code GET} that may be answered with a page
	 */
	public boolean isLink() {
		return "GET".equals(this.method) && !JSON.equals(this.accept);
	}

	/**
	 * The request as a {@code curl} command.
	 * @param baseUrl the URL of the app, such as {@code http://localhost:8080}
	 * @return the command
	 */
	public String curl(String baseUrl) {
		StringBuilder curl = new StringBuilder("curl -i");
		if (!"GET".equals(this.method)) {
			curl.append(" -X ").append(this.method);
		}
		if (this.user != null) {
			curl.append(" -u ").append(this.user).append(':').append(this.user);
		}
		if (this.accept != null) {
			curl.append(" -H 'Accept: ").append(this.accept).append('\'');
		}
		if (this.body != null) {
			curl.append(" -H 'Content-Type: application/json' -d '").append(this.body).append('\'');
		}
		return curl.append(" '").append(baseUrl).append(this.path).append('\'').toString();
	}

}
