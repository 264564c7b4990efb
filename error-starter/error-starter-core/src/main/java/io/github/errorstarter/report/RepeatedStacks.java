package io.github.errorstarter.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

/**
 * Storm control for stack traces: counts how often the same stack (exception class and
 * throw site) recurs, so that it is logged in full once per window and as one line
 * afterwards.
 * <p>
 * This runs for every 5xx, and in a storm for the same stack on every thread at once, so
 * a repeat takes no lock: it counts atomically in the stack's current window, and only
 * the first occurrence of a window updates the map. A stack is keyed by its class and top
 * frame (no strings are built), and windows are kept in clock milliseconds.
 *
 * @since 0.1.0
 */
public final class RepeatedStacks {

	// bounds memory when many distinct stacks occur; beyond it, new stacks are always
	// logged in full
	private static final int MAX_TRACKED = 512;

	private final long windowMillis;

	private final Clock clock;

	private final Map<StackKey, Window> windows = new ConcurrentHashMap<>();

	/**
	 * Create storm control with the given window.
	 * @param window how long after a full stack trace the same stack is logged as one
	 * line; zero logs every stack in full
	 * @param clock the clock
	 */
	public RepeatedStacks(Duration window, Clock clock) {
		Assert.notNull(window, "'window' must not be null");
		Assert.notNull(clock, "'clock' must not be null");
		this.windowMillis = Math.max(window.toMillis(), 0);
		this.clock = clock;
	}

	/**
	 * Record an occurrence of the given exception's stack.
	 * @param exception the exception
	 * @return the occurrence
	 */
	public Occurrence record(Throwable exception) {
		StackTraceElement site = throwSite(exception);
		if (this.windowMillis == 0) {
			return new Occurrence(true, 0, null, 0, site);
		}
		long now = this.clock.millis();
		StackKey key = new StackKey(exception.getClass(), site);
		Window current = this.windows.get(key);
		if (current != null && !current.hasEnded(now, this.windowMillis)) {
			return current.repeat(site);
		}
		if (current == null && this.windows.size() >= MAX_TRACKED) {
			this.windows.values().removeIf((window) -> window.hasEnded(now, this.windowMillis));
			if (this.windows.size() >= MAX_TRACKED) {
				return new Occurrence(true, 0, null, 0, site);
			}
		}
		return startWindow(key, now, site);
	}

	// once per stack and window; threads that race here agree on one window, and only the
	// one
	// that started it logs in full
	private Occurrence startWindow(StackKey key, long now, @Nullable StackTraceElement site) {
		Window[] started = new Window[1];
		Window window = this.windows.compute(key, (stack, existing) -> {
			if (existing != null && !existing.hasEnded(now, this.windowMillis)) {
				return existing;
			}
			started[0] = new Window(now, (existing != null) ? existing.repeats() : 0);
			return started[0];
		});
		return (window == started[0]) ? window.first(site) : window.repeat(site);
	}

	// the top frame only: getStackTrace() copies the whole array on every call, so it is
	// asked once
	@Nullable
	private static StackTraceElement throwSite(Throwable exception) {
		StackTraceElement[] stack = exception.getStackTrace();
		return (stack.length > 0) ? stack[0] : null;
	}

	/**
	 * One occurrence of a stack.
	 *
	 * @param logInFull whether to log the stack trace: the first occurrence in its window
	 * @param repeat the number of this repeat within the window, {@code 0} for the first
	 * @param since when the stack was last logged in full, {@code null} for a first
	 * occurrence
	 * @param repeatsBefore repeats in the previous window that were not logged in full
	 * @param throwSite where the exception was thrown: the top frame of its stack, or
	 * {@code null} if it has no stack trace
	 */
	public record Occurrence(boolean logInFull, long repeat, @Nullable Instant since, long repeatsBefore,
			@Nullable StackTraceElement throwSite) {

	}

	private record StackKey(Class<?> type, @Nullable StackTraceElement site) {

	}

	private static final class Window {

		private final long start;

		// made once per window, not per repeat
		private final Instant since;

		private final AtomicLong repeats = new AtomicLong();

		private final long repeatsBefore;

		Window(long start, long repeatsBefore) {
			this.start = start;
			this.since = Instant.ofEpochMilli(start);
			this.repeatsBefore = repeatsBefore;
		}

		boolean hasEnded(long now, long length) {
			return now - this.start >= length;
		}

		long repeats() {
			return this.repeats.get();
		}

		Occurrence first(@Nullable StackTraceElement site) {
			return new Occurrence(true, 0, null, this.repeatsBefore, site);
		}

		Occurrence repeat(@Nullable StackTraceElement site) {
			return new Occurrence(false, this.repeats.incrementAndGet(), this.since, 0, site);
		}

	}

}
