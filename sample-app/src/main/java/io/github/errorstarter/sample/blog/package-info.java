/**
 * The blog, whose errors get their own page templates through a path rule.
 */
package io.github.errorstarter.sample.blog;
