/**
 * Stage "spool": validated rows become records in files beside the database (accepted rows) or rows of rejected_row,
 * chunk by chunk and restartable; the merge bulk-loads the spool into the tables. Takes rows from
 * {@code ingest.validate}.
 */
package org.unionstat.ingest.spool;
