package org.unionstat.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The districts and industries of config/ (docs/inputs.md#reference-data), in file order. */
public final class ReferenceData {

    private final Map<String, District> districts;
    private final Map<String, Industry> industries;

    public ReferenceData(List<District> districts, List<Industry> industries) {
        this.districts = index(districts, District::code);
        this.industries = index(industries, Industry::code);
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
}
