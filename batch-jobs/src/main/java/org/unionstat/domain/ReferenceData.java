package org.unionstat.domain;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The districts and industries of config/ (SPEC §1), in file order. */
public final class ReferenceData {

    private final Map<String, District> districts;
    private final Map<String, Industry> industries;

    public ReferenceData(List<District> districts, List<Industry> industries) {
        this.districts = index(districts, District::code);
        this.industries = index(industries, Industry::code);
    }

    public static ReferenceData load(Path districtsFile, Path industriesFile) {
        return new ReferenceData(
                read(districtsFile, r -> new District(r.get("code").strip(), r.get("name").strip(), r.get("name_en").strip())),
                read(industriesFile, r -> new Industry(r.get("code").strip(), r.get("name").strip(), r.get("name_en").strip())));
    }

    public List<District> districts() {
        return List.copyOf(districts.values());
    }

    public List<Industry> industries() {
        return List.copyOf(industries.values());
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(districts.get(code));
    }

    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(industries.get(code));
    }

    public boolean isDistrict(String code) {
        return districts.containsKey(code);
    }

    public boolean isIndustry(String code) {
        return industries.containsKey(code);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> byCode = new LinkedHashMap<>();
        for (T item : items) {
            if (byCode.put(key.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate code in reference data: " + key.apply(item));
            }
        }
        return Collections.unmodifiableMap(byCode);
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
