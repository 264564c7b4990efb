package io.github.errorstarter.conformance;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test app an {@link AppLauncher} started: where it serves, and how to stop it. Suite
 * classes get it as a parameter of their constructor or methods; a test that starts an
 * app itself closes it.
 *
 * @since 0.1.0
 */
public final class RunningApp implements AutoCloseable {

	private final URI baseUrl;

	private final AutoCloseable shutdown;

	private final AtomicBoolean closed = new AtomicBoolean();

	/**
	 * Create a running app.
	 * @param baseUrl where it serves, such as {@code http://127.0.0.1:40123}, without a
	 * trailing slash
	 * @param shutdown what stops it
	 */
	public RunningApp(URI baseUrl, AutoCloseable shutdown) {
		this.baseUrl = baseUrl;
		this.shutdown = shutdown;
	}

	/**
	 * Return where the app serves.
	 * @return the base URL, such as {@code http://127.0.0.1:40123}
	 */
	public URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Return the URL of a path of the app.
	 * @param path the path with its query, as sent (percent-encoded)
	 * @return the URL
	 */
	public URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	/**
	 * Return the host the app listens on, for clients that open sockets themselves.
	 * @return the host, {@code 127.0.0.1}
	 */
	public String host() {
		return this.baseUrl.getHost();
	}

	/**
	 * Return the port the app listens on, for clients that open sockets themselves.
	 * @return the port
	 */
	public int port() {
		return this.baseUrl.getPort();
	}

	/**
	 * Stop the app, once.
	 * @throws Exception if it does not stop cleanly
	 */
	@Override
	public void close() throws Exception {
		if (this.closed.compareAndSet(false, true)) {
			this.shutdown.close();
		}
	}

	@Override
	public String toString() {
		return this.baseUrl.toString();
	}

}
