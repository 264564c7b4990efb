package io.github.errorstarter.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Storm control for stack traces: counts how often the same stack (exception class and throw
 * site) recurs, so that it is logged in full once per window and as one line afterwards.
 * <p>
 * This runs for every 5xx, so it is kept cheap: a stack is keyed by its class and top frame
 * (no strings are built), and windows are kept in clock milliseconds.
 *
 * @since 0.1.0
 */
public class RepeatedStacks {

	// bounds memory when many distinct stacks occur; beyond it, new stacks are always logged in full
	private static final int MAX_TRACKED = 512;

	private final long windowMillis;

	private final Clock clock;

	private final Map<StackKey, Window> windows = new ConcurrentHashMap<>();

	/**
	 * Create storm control with the given window.
	 * @param window how long after a full stack trace the same stack is logged as one line;
	 * zero logs every stack in full
	 * @param clock the clock
	 */
	public RepeatedStacks(Duration window, Clock clock) {
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
		if (this.windows.size() >= MAX_TRACKED && !this.windows.containsKey(key)) {
			this.windows.values().removeIf((window) -> window.hasEnded(now, this.windowMillis));
			if (this.windows.size() >= MAX_TRACKED) {
				return new Occurrence(true, 0, null, 0, site);
			}
		}
		return this.windows.compute(key, (stack, current) -> next(current, now)).occurrence(site);
	}

	private Window next(Window current, long now) {
		if (current == null) {
			return new Window(now, 0);
		}
		return current.hasEnded(now, this.windowMillis) ? new Window(now, current.repeats) : current.repeat();
	}

	// the top frame only: getStackTrace() copies the whole array on every call, so it is asked once
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
	public record Occurrence(boolean logInFull, long repeat, Instant since, long repeatsBefore,
			StackTraceElement throwSite) {

	}

	private record StackKey(Class<?> type, StackTraceElement site) {

	}

	private static final class Window {

		private final long start;

		// made once per window, not per repeat
		private final Instant since;

		private final long repeats;

		private final long repeatsBefore;

		Window(long start, long repeatsBefore) {
			this(start, Instant.ofEpochMilli(start), 0, repeatsBefore);
		}

		private Window(long start, Instant since, long repeats, long repeatsBefore) {
			this.start = start;
			this.since = since;
			this.repeats = repeats;
			this.repeatsBefore = repeatsBefore;
		}

		boolean hasEnded(long now, long length) {
			return now - this.start >= length;
		}

		Window repeat() {
			return new Window(this.start, this.since, this.repeats + 1, this.repeatsBefore);
		}

		Occurrence occurrence(StackTraceElement site) {
			return (this.repeats == 0) ? new Occurrence(true, 0, null, this.repeatsBefore, site)
					: new Occurrence(false, this.repeats, this.since, 0, site);
		}

	}

}
