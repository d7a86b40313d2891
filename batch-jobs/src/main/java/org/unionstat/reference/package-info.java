/**
 * The reference data of config/ (districts.csv, industries.csv) loaded once at start-up into the domain's
 * {@code ReferenceData}: the lists the validator checks codes against and the outputs name groups by.
 */
package org.unionstat.reference;
