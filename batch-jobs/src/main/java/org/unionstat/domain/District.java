package org.unionstat.domain;

/** A district (区县) of config/districts.csv. */
public record District(String code, String name, String nameEn) {
}
