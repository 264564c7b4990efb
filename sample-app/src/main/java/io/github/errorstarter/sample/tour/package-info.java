/**
 * The guided tour: every stop of the README, with the requests that show it.
 */
package io.github.errorstarter.sample.tour;
