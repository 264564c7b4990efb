package io.github.errorstarter.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import io.github.errorstarter.context.ErrorContext;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * Storm control for log lines: the errors of one kind (status, code, method and route)
 * are logged one by one a few times per window; the rest of the window is written as
 * summary lines, each counting the errors it stands for and carrying their references
 * ({@code requestId}, {@code traceId}, {@code eventId}) with method and path, so that a
 * reference a user quotes is still found in the log. A summary is written when it holds
 * {@code referencesPerLine} references, when the next error of its kind comes after its
 * window, from a background flush once the window has ended, and on {@link #close()}.
 * <p>
 * 10,000 identical 500s in one window are then {@code linesPerWindow} full lines and
 * {@code 10,000 / referencesPerLine} summaries, instead of 10,000 lines; a storm of
 * unknown URLs, which carry no reference, is one summary per window.
 *
 * @since 0.1.0
 */
public final class RepeatedLines implements AutoCloseable {

	// bounds memory when many kinds of errors occur; beyond it, new kinds are logged one
	// by one
	private static final int MAX_TRACKED = 512;

	private static final String ROUTE_ATTRIBUTE = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

	private static final String REACTIVE_ROUTE_ATTRIBUTE = "org.springframework.web.reactive.HandlerMapping.bestMatchingPattern";

	private final long windowMillis;

	private final int linesPerWindow;

	private final int referencesPerLine;

	private final Clock clock;

	private final Map<Kind, Burst> bursts = new ConcurrentHashMap<>();

	@Nullable
	private volatile BiConsumer<LogLevel, String> writer;

	@Nullable
	private ScheduledExecutorService flusher;

	/**
	 * Create storm control for lines.
	 * @param window the window; zero turns storm control for lines off
	 * @param linesPerWindow the errors of one kind logged one by one per window; zero
	 * turns storm control for lines off
	 * @param referencesPerLine the references a summary line carries at most
	 * @param clock the clock
	 */
	public RepeatedLines(Duration window, int linesPerWindow, int referencesPerLine, Clock clock) {
		Assert.notNull(window, "'window' must not be null");
		Assert.isTrue(linesPerWindow >= 0, "'linesPerWindow' must not be negative");
		Assert.isTrue(referencesPerLine > 0, "'referencesPerLine' must be positive");
		Assert.notNull(clock, "'clock' must not be null");
		this.windowMillis = Math.max(window.toMillis(), 0);
		this.linesPerWindow = (this.windowMillis > 0) ? linesPerWindow : 0;
		this.referencesPerLine = referencesPerLine;
		this.clock = clock;
	}

	/**
	 * Return storm control that never holds a line back.
	 * @return storm control that is off
	 */
	public static RepeatedLines off() {
		return new RepeatedLines(Duration.ZERO, 0, 1, Clock.systemUTC());
	}

	/**
	 * Return whether lines are ever held back.
	 * @return whether storm control for lines is on
	 */
	public boolean isEnabled() {
		return this.linesPerWindow > 0;
	}

	/**
	 * Record an error about to be logged.
	 * @param error the error
	 * @param level the level it is logged at
	 * @param writer writes a summary line at a level; kept for the background flush
	 * @return whether to log the error's own line; {@code false} when a summary stands
	 * for it
	 */
	public boolean record(ErrorContext error, LogLevel level, BiConsumer<LogLevel, String> writer) {
		if (!isEnabled()) {
			return true;
		}
		this.writer = writer;
		long now = this.clock.millis();
		Kind kind = Kind.of(error);
		Burst burst = this.bursts.get(kind);
		if (burst == null || burst.hasEnded(now, this.windowMillis)) {
			if (burst == null && this.bursts.size() >= MAX_TRACKED) {
				flushEnded();
				if (this.bursts.size() >= MAX_TRACKED) {
					return true;
				}
			}
			burst = startBurst(kind, level, now, writer);
		}
		if (burst.countOne() <= this.linesPerWindow) {
			return true;
		}
		String full = burst.holdBack(error, this.referencesPerLine);
		if (full != null) {
			writer.accept(burst.level, full);
		}
		startFlusher();
		return false;
	}

	private Burst startBurst(Kind kind, LogLevel level, long now, BiConsumer<LogLevel, String> writer) {
		Burst[] ended = new Burst[1];
		Burst burst = this.bursts.compute(kind, (key, existing) -> {
			if (existing != null && !existing.hasEnded(now, this.windowMillis)) {
				return existing;
			}
			ended[0] = existing;
			return new Burst(kind, level, now);
		});
		if (ended[0] != null) {
			write(writer, ended[0]);
		}
		return burst;
	}

	/**
	 * Write the summaries of every window that has ended.
	 */
	void flushEnded() {
		BiConsumer<LogLevel, String> writer = this.writer;
		long now = this.clock.millis();
		this.bursts.entrySet().removeIf((entry) -> {
			if (!entry.getValue().hasEnded(now, this.windowMillis)) {
				return false;
			}
			if (writer != null) {
				write(writer, entry.getValue());
			}
			return true;
		});
	}

	private static void write(BiConsumer<LogLevel, String> writer, Burst burst) {
		String summary = burst.drain();
		if (summary != null) {
			writer.accept(burst.level, summary);
		}
	}

	// a daemon thread, started with the first line held back, so that the summary of a
	// storm that stopped is written without waiting for the next error
	private synchronized void startFlusher() {
		if (this.flusher != null) {
			return;
		}
		this.flusher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "errors-log-storm-flush");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(this.windowMillis / 4, 100);
		this.flusher.scheduleWithFixedDelay(this::flushSafely, period, period, TimeUnit.MILLISECONDS);
	}

	private void flushSafely() {
		try {
			flushEnded();
		}
		catch (RuntimeException ex) {
			// a failing writer must not stop later flushes
		}
	}

	/**
	 * Stop the background flush and write every summary still held, ended or not.
	 */
	@Override
	public void close() {
		synchronized (this) {
			if (this.flusher != null) {
				this.flusher.shutdownNow();
				this.flusher = null;
			}
		}
		BiConsumer<LogLevel, String> writer = this.writer;
		if (writer != null) {
			this.bursts.values().forEach((burst) -> write(writer, burst));
		}
		this.bursts.clear();
	}

	private record Kind(int status, @Nullable String code, String method, String route) {

		static Kind of(ErrorContext error) {
			Object route = error.getRequest().getAttribute(ROUTE_ATTRIBUTE);
			if (route == null) {
				route = error.getRequest().getAttribute(REACTIVE_ROUTE_ATTRIBUTE);
			}
			return new Kind(error.getStatus(), error.getDescription().code(), error.getMethod(),
					(route != null) ? route.toString() : "(no route)");
		}

		String describe() {
			return this.status + " " + this.code + " " + this.method + " " + this.route;
		}

	}

	private static final class Burst {

		private final Kind kind;

		private final LogLevel level;

		private final long start;

		private final AtomicLong count = new AtomicLong();

		private final List<String> references = new ArrayList<>();

		private long heldBack;

		Burst(Kind kind, LogLevel level, long start) {
			this.kind = kind;
			this.level = level;
			this.start = start;
		}

		boolean hasEnded(long now, long length) {
			return now - this.start >= length;
		}

		long countOne() {
			return this.count.incrementAndGet();
		}

		// returns a full summary to write, or null
		@Nullable
		synchronized String holdBack(ErrorContext error, int referencesPerLine) {
			this.heldBack++;
			if (!error.getReferences().isEmpty()) {
				StringBuilder entry = new StringBuilder(error.getMethod()).append(' ').append(error.getPath());
				error.getReferences()
					.forEach((name, value) -> entry.append(' ').append(name).append('=').append(value));
				this.references.add(entry.toString());
			}
			return (this.references.size() >= referencesPerLine) ? drain() : null;
		}

		@Nullable
		synchronized String drain() {
			if (this.heldBack == 0) {
				return null;
			}
			StringBuilder summary = new StringBuilder(64 + this.references.size() * 48);
			summary.append(this.kind.describe())
				.append(" [")
				.append(this.heldBack)
				.append(" more in the window since ")
				.append(Instant.ofEpochMilli(this.start))
				.append(", not logged one by one]");
			if (!this.references.isEmpty()) {
				summary.append(' ').append(String.join(", ", this.references));
			}
			this.heldBack = 0;
			this.references.clear();
			return summary.toString();
		}

	}

}
