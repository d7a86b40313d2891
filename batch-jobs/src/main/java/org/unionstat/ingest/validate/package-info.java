/**
 * Stage "validator": rules E01–E10 on a row's cells, turning a source row into an accepted row or the list of its
 * problems (docs/inputs.md#validation). Reads rows from {@code ingest.source}; stores nothing.
 */
package org.unionstat.ingest.validate;
