/**
 * Stage "check", beside the import jobs: what importing files would do, with nothing stored and no database. Each file
 * goes through the import's own inspection ({@code ingest.source}), rules ({@code ingest.validate}) and E10, and
 * comes out as the import's summary line, a rejects file and a feedback workbook under {@code OUT/check/}
 * (docs/commands.md#check).
 */
package org.unionstat.ingest.check;
