package org.unionstat.domain;

/** An industry section (行业门类) of GB/T 4754-2017, from config/industries.csv. */
public record Industry(String code, String name, String nameEn) {
}
