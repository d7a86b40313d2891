/**
 * Stage "reader", first in the flow: a file's format and charset, its header, and its data rows as trimmed cells, CSV
 * or XLSX, streamed; file-level refusals (docs/inputs.md#input-files). Knows nothing of the rules.
 */
package org.unionstat.ingest.source;
