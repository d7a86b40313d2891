package org.unionstat.cli;

import picocli.CommandLine;

import org.unionstat.domain.Period;

/** Lets picocli take {@code --period 2026Q3} or {@code --period 2026}; a bad value is a usage error (exit 2). */
public final class PeriodConverter implements CommandLine.ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
