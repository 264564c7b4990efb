package io.github.errorstarter.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Storm control for stack traces: counts how often the same stack (exception class and throw
 * site) recurs, so that it is logged in full once per window and as one line afterwards.
 *
 * @since 0.1.0
 */
public class RepeatedStacks {

	// bounds memory when many distinct stacks occur; beyond it, new stacks are always logged in full
	private static final int MAX_TRACKED = 512;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	/**
	 * Create storm control with the given window.
	 * @param window how long after a full stack trace the same stack is logged as one line;
	 * zero logs every stack in full
	 * @param clock the clock
	 */
	public RepeatedStacks(Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Record an occurrence of the given exception's stack.
	 * @param exception the exception
	 * @return the occurrence
	 */
	public Occurrence record(Throwable exception) {
		if (this.window.isZero() || this.window.isNegative()) {
			return new Occurrence(true, 0, null, 0);
		}
		Instant now = this.clock.instant();
		String key = key(exception);
		if (this.windows.size() >= MAX_TRACKED && !this.windows.containsKey(key)) {
			this.windows.values().removeIf((window) -> window.hasEnded(now, this.window));
			if (this.windows.size() >= MAX_TRACKED) {
				return new Occurrence(true, 0, null, 0);
			}
		}
		return this.windows.compute(key, (name, current) -> next(current, now)).occurrence();
	}

	private Window next(Window current, Instant now) {
		if (current == null) {
			return new Window(now, 0);
		}
		return current.hasEnded(now, this.window) ? new Window(now, current.repeats) : current.repeat();
	}

	private static String key(Throwable exception) {
		return exception.getClass().getName() + '@' + throwSite(exception);
	}

	/**
	 * Return where the given exception was thrown: the top frame of its stack.
	 * @param exception the exception
	 * @return the frame, such as {@code com.example.Orders.place(Orders.java:42)}, or an
	 * empty string if the exception has no stack trace
	 */
	static String throwSite(Throwable exception) {
		StackTraceElement[] stack = exception.getStackTrace();
		return (stack.length > 0) ? stack[0].toString() : "";
	}

	/**
	 * One occurrence of a stack.
	 *
	 * @param logInFull whether to log the stack trace: the first occurrence in its window
	 * @param repeat the number of this repeat within the window, {@code 0} for the first
	 * @param since when the stack was last logged in full, {@code null} for a first
	 * occurrence
	 * @param repeatsBefore repeats in the previous window that were not logged in full
	 */
	public record Occurrence(boolean logInFull, long repeat, Instant since, long repeatsBefore) {

	}

	private static final class Window {

		private final Instant start;

		private final long repeats;

		private final long repeatsBefore;

		Window(Instant start, long repeatsBefore) {
			this(start, 0, repeatsBefore);
		}

		private Window(Instant start, long repeats, long repeatsBefore) {
			this.start = start;
			this.repeats = repeats;
			this.repeatsBefore = repeatsBefore;
		}

		boolean hasEnded(Instant now, Duration length) {
			return !now.isBefore(this.start.plus(length));
		}

		Window repeat() {
			return new Window(this.start, this.repeats + 1, this.repeatsBefore);
		}

		Occurrence occurrence() {
			return (this.repeats == 0) ? new Occurrence(true, 0, null, this.repeatsBefore)
					: new Occurrence(false, this.repeats, this.start, 0);
		}

	}

}
