/**
 * Experiments the benchmark measures beside the shipped design; not part of the starter.
 */
package io.github.errorstarter.bench.experiment;
