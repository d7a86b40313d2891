package org.unionstat.testing;

import java.nio.file.Path;

import org.unionstat.domain.ReferenceData;
import org.unionstat.reference.ReferenceDataFiles;

/** The operator settings of config/ as the jar reads them (the tests run in the repository root). */
public final class Config {

    private static final ReferenceData REFERENCE_DATA = ReferenceDataFiles.load(Path.of("config/districts.csv"),
            Path.of("config/industries.csv"));

    private Config() {
    }

    /** The districts and industries of config/districts.csv and config/industries.csv. */
    public static ReferenceData referenceData() {
        return REFERENCE_DATA;
    }
}
