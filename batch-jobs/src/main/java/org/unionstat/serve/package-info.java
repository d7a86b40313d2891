/**
 * The inbox: {@code serve} takes settled files on a schedule, imports each, archives or quarantines it, and runs every
 * period the new files affect (docs/operations.md).
 */
package org.unionstat.serve;
