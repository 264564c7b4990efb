/**
 * Tests that each Spring Boot line extends with what names its own Boot types (its error
 * path property, its auto-configuration classes), so that one body of assertions runs on
 * every line. Abstract: they run only through a line's subclass.
 */
package io.github.errorstarter.conformance.autoconfigure;
