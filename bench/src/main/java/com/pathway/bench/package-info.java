/**
 * The benchmark harness: starts the packaged application as a separate process on 127.0.0.1, drives
 * bounded load at it, and writes {@code target/bench/results.json} and {@code results.md}. Run by
 * {@code bench/run}, never by the test suite (docs/benchmarks.md).
 */
package com.pathway.bench;
