/**
 * The vocabulary every stage shares: periods, districts, industries, indicators, dimensions, the union credit code,
 * the codes of rejected rows, the failure meant for the user. Plain Java: no framework, no database, no files.
 */
package org.unionstat.domain;
