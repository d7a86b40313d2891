/**
 * unionstat: quarterly reports of grassroots unions in, ranked assessments out. The data flows
 * file → reader ({@code ingest.source}) → validator ({@code ingest.validate}) → spool ({@code ingest.spool}) → tables
 * ({@code ingest}) → aggregates ({@code indicators}) → outputs ({@code report}); {@code run} and {@code serve} chain the
 * stages, {@code cli} is the command line, {@code batch} the job infrastructure beneath them all (docs/architecture.md).
 * This package holds only the Spring Boot application class.
 */
package org.unionstat;
