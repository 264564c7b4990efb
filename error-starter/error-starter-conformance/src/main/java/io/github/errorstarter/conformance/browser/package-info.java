/**
 * The error pages in a real browser (headless Chromium).
 */
package io.github.errorstarter.conformance.browser;
