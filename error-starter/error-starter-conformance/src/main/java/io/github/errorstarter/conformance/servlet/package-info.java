/**
 * The servlet stack's test apps (Spring MVC on the embedded server of the line that runs
 * them), and {@link io.github.errorstarter.conformance.servlet.ServletAppLauncher}, which
 * starts them. They use only Spring MVC and the Boot types that are the same on every
 * Boot line.
 */
package io.github.errorstarter.conformance.servlet;
