/**
 * The conformance suite's harness: suite classes name an {@link AppConfiguration} with
 * {@link ConformanceTest}, and the {@link AppLauncher} a Boot line or web stack registers
 * serves it as a {@link RunningApp}.
 */
package io.github.errorstarter.conformance;
