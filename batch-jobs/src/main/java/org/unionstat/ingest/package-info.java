/**
 * Stage "tables": the import jobs. One job definition serves both kinds of file (quarterly reports, the unit registry):
 * inspect the file, load its rows (read → validate → spool, chunk by chunk) and merge the spool into the stored tables
 * in one transaction, then write the rejects file (docs/inputs.md).
 */
package org.unionstat.ingest;
