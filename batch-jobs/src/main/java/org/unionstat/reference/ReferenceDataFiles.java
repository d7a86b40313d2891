package org.unionstat.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.ReferenceData;

/** Reads config/districts.csv and config/industries.csv ({@code code,name,name_en}, UTF-8, docs/inputs.md#reference-data). */
public final class ReferenceDataFiles {

    private ReferenceDataFiles() {
    }

    public static ReferenceData load(Path districtsFile, Path industriesFile) {
        return new ReferenceData(
                read(districtsFile, r -> new District(r.get("code").strip(), r.get("name").strip(), r.get("name_en").strip())),
                read(industriesFile, r -> new Industry(r.get("code").strip(), r.get("name").strip(), r.get("name_en").strip())));
    }

    private static <T> List<T> read(Path file, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).stream().map(row).toList();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read reference data " + file + ": " + e.getMessage(), e);
        }
    }
}
