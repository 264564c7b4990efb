/**
 * What every stack's test apps share: the exceptions they throw and the code that throws
 * them, so that the suite's assertions on exception types and stack frames hold on every
 * stack.
 */
package io.github.errorstarter.conformance.app;
