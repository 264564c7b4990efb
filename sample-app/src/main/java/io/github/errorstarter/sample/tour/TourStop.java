package io.github.errorstarter.sample.tour;

import java.util.List;

/**
 * One stop of the tour: a scenario, how to run it, and what comes back.
 *
 * @param number the stop's number, as in the README's tour
 * @param title the title
 * @param summary what the stop shows
 * @param command a shell command to start the app differently for this stop, or
 * {@code null}
 * @param requests the requests to try
 */
public record TourStop(int number, String title, String summary, String command, List<TourRequest> requests) {

	static TourStop of(int number, String title, String summary, TourRequest... requests) {
		return new TourStop(number, title, summary, null, List.of(requests));
	}

}
