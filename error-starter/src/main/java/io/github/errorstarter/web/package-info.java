/**
 * The doors into the pipeline: a controller advice for what handlers throw and an error
 * controller for what reaches the servlet error page.
 */
package io.github.errorstarter.web;
