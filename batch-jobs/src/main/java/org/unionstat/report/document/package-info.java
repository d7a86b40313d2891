/**
 * The leaders' report (通报) of a period as a Word document, drafted from the stored figures into the template
 * {@code templates/report.docx} (docs/outputs.md#leaders-report): the text of each section, the official way of
 * writing its numbers, and the output that writes it.
 */
package org.unionstat.report.document;
