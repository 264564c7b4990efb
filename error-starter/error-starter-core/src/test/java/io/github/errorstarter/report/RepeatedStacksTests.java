package io.github.errorstarter.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.errorstarter.report.RepeatedStacks.Occurrence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedStacksTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

	private final RepeatedStacks stacks = new RepeatedStacks(Duration.ofMinutes(1), this.clock);

	@Test
	void recordWhenStackIsNewShouldLogInFull() {
		Occurrence occurrence = this.stacks.record(new IllegalStateException("boom"));
		assertThat(occurrence.logInFull()).isTrue();
		assertThat(occurrence.repeatsBefore()).isZero();
	}

	@Test
	void recordWhenSameStackRepeatsWithinWindowShouldCountRepeats() {
		this.stacks.record(fail("first"));
		this.clock.advance(Duration.ofSeconds(30));
		this.stacks.record(fail("second"));
		Occurrence third = this.stacks.record(fail("third"));
		assertThat(third.logInFull()).isFalse();
		assertThat(third.repeat()).isEqualTo(2);
		assertThat(third.since()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
	}

	@Test
	void recordWhenWindowHasEndedShouldLogInFullAgainWithPreviousRepeats() {
		this.stacks.record(fail("a"));
		this.stacks.record(fail("b"));
		this.stacks.record(fail("c"));
		this.clock.advance(Duration.ofMinutes(1));
		Occurrence occurrence = this.stacks.record(fail("d"));
		assertThat(occurrence.logInFull()).isTrue();
		assertThat(occurrence.repeatsBefore()).isEqualTo(2);
	}

	@Test
	void recordWhenManyThreadsRepeatAStackAtOnceShouldLogItInFullOnceAndCountEveryRepeat() throws Exception {
		int threads = 8;
		int perThread = 2_000;
		IllegalStateException exception = thrownAt(7);
		ConcurrentLinkedQueue<Occurrence> occurrences = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				done.add(executor.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					for (int n = 0; n < perThread; n++) {
						occurrences.add(this.stacks.record(exception));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(occurrences).hasSize(threads * perThread);
		assertThat(occurrences).filteredOn(Occurrence::logInFull).hasSize(1);
		assertThat(occurrences.stream().filter((occurrence) -> !occurrence.logInFull()).map(Occurrence::repeat))
			.doesNotHaveDuplicates()
			.hasSize(threads * perThread - 1)
			.allMatch((repeat) -> repeat >= 1 && repeat < threads * perThread);
	}

	@Test
	void recordShouldTellTheThrowSite() {
		assertThat(this.stacks.record(thrownAt(42)).throwSite())
			.isEqualTo(new StackTraceElement("Orders", "place", "Orders.java", 42));
		IllegalStateException withoutStack = new IllegalStateException();
		withoutStack.setStackTrace(new StackTraceElement[0]);
		assertThat(this.stacks.record(withoutStack).throwSite()).isNull();
		assertThat(this.stacks.record(withoutStack).logInFull()).isFalse();
	}

	@Test
	void recordWhenThrowSiteDiffersShouldTrackSeparately() {
		this.stacks.record(fail("a"));
		assertThat(this.stacks.record(failElsewhere()).logInFull()).isTrue();
		assertThat(this.stacks.record(new IllegalArgumentException()).logInFull()).isTrue();
	}

	@Test
	void recordWhenWindowIsZeroShouldAlwaysLogInFull() {
		RepeatedStacks unlimited = new RepeatedStacks(Duration.ZERO, this.clock);
		unlimited.record(fail("a"));
		assertThat(unlimited.record(fail("b")).logInFull()).isTrue();
	}

	@Test
	void recordWhenTooManyStacksAreTrackedShouldLogNewStacksInFull() {
		for (int line = 1; line <= 512; line++) {
			this.stacks.record(thrownAt(line));
		}
		assertThat(this.stacks.record(thrownAt(1)).logInFull()).isFalse();
		assertThat(this.stacks.record(thrownAt(513)).logInFull()).isTrue();
		assertThat(this.stacks.record(thrownAt(513)).logInFull()).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		this.stacks.record(thrownAt(514));
		assertThat(this.stacks.record(thrownAt(514)).logInFull()).isFalse();
	}

	private static IllegalStateException thrownAt(int line) {
		IllegalStateException exception = new IllegalStateException();
		exception
			.setStackTrace(new StackTraceElement[] { new StackTraceElement("Orders", "place", "Orders.java", line) });
		return exception;
	}

	private static IllegalStateException fail(String message) {
		return new IllegalStateException(message);
	}

	private static IllegalStateException failElsewhere() {
		return new IllegalStateException("elsewhere");
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
