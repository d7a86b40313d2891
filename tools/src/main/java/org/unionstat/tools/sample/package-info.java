/** The synthetic sample data of sample-data/ and the benchmark data: a seeded, reproducible federation. */
package org.unionstat.tools.sample;
