/**
 * Headless Chromium for tests that check error pages in a real browser.
 */
package io.github.errorstarter.test.browser;
