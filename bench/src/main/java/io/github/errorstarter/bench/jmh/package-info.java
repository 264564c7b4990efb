/**
 * JMH benchmarks of the pipeline's steps.
 */
package io.github.errorstarter.bench.jmh;
