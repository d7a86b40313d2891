/**
 * Job infrastructure beneath every stage: launching a job instance once, locks across processes, executions left
 * behind by a dead process, graceful stop, job history, the output directory and running work side by side.
 * Knows Spring Batch, not unionstat's data.
 */
package org.unionstat.batch;
