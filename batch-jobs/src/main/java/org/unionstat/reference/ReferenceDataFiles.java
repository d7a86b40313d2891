package org.unionstat.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.env.PropertyResolver;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.UserFacingException;

/** Reads config/districts.csv and config/industries.csv ({@code code,name,name_en}, UTF-8, docs/inputs.md#reference-data). */
public final class ReferenceDataFiles {

    private ReferenceDataFiles() {
    }

    /** The files the settings name (unionstat.districts-file, unionstat.industries-file), in config/ unless set. */
    public static ReferenceData load(PropertyResolver settings) {
        return load(Path.of(settings.getProperty("unionstat.districts-file", "config/districts.csv")),
                Path.of(settings.getProperty("unionstat.industries-file", "config/industries.csv")));
    }

    public static ReferenceData load(Path districtsFile, Path industriesFile) {
        return new ReferenceData(
                read(districtsFile, r -> new District(r.get("code").strip(), r.get("name").strip(), r.get("name_en").strip())),
                read(industriesFile, r -> new Industry(r.get("code").strip(), r.get("name").strip(), r.get("name_en").strip())));
    }

    /**
     * The rows of a reference file; a missing file, a broken quote, a missing column or a code given twice stops the
     * command with one line naming the file (and line) and the problem.
     */
    private static <T> List<T> read(Path file, Function<CSVRecord, T> row) {
        if (!Files.exists(file)) {
            throw new UserFacingException(file + ": no such file" + (file.isAbsolute() ? "" : " in "
                    + Path.of("").toAbsolutePath()) + " (reference data; unionstat.districts-file and"
                    + " unionstat.industries-file in config/application.yml say where; unionstat reads config/ from"
                    + " the directory it is started in)");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<T> rows = new ArrayList<>();
            Map<String, Long> lineByCode = new HashMap<>();
            for (CSVRecord record : format.parse(reader)) {
                String code = record.isMapped("code") && record.isSet("code") ? record.get("code").strip() : null;
                if (code != null) {
                    Long earlier = lineByCode.putIfAbsent(code, record.getRecordNumber() + 1);
                    if (earlier != null) {
                        throw new UserFacingException(file + ": line " + (record.getRecordNumber() + 1) + ": code "
                                + QuotedInput.shorten(code) + " already given on line " + earlier);
                    }
                }
                try {
                    rows.add(row.apply(record));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new UserFacingException(file + ": line " + (record.getRecordNumber() + 1) + ": "
                            + QuotedInput.shorten(e.getMessage()) + " (columns: code,name,name_en)", e);
                }
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            String why = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
            throw new UserFacingException(file + ": cannot be read: " + QuotedInput.shorten(why), e);
        }
    }
}
