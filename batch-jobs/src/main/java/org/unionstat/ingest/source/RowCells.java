package org.unionstat.ingest.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The trimmed cells of one record by column key, in the columns' order, as an unmodifiable map: the keys and their
 * positions are shared by every record of a file, and a record holds only its values. A map of its own per record
 * (two, while the row was copied) was the largest allocation of an import: at a million reports 2 GB of the 13 GB
 * allocated by the load step.
 */
final class RowCells extends AbstractMap<String, String> {

    /** The column keys of a layout, each with its position. */
    static final class Keys {

        private final String[] keys;
        private final Map<String, Integer> positions;

        Keys(List<String> keys) {
            this.keys = keys.toArray(String[]::new);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < this.keys.length; i++) {
                if (positions.putIfAbsent(this.keys[i], i) != null) {
                    throw new IllegalArgumentException("column key " + this.keys[i] + " twice");
                }
            }
            this.positions = Map.copyOf(positions);
        }

        int size() {
            return keys.length;
        }
    }

    private final Keys keys;
    private final String[] values;

    /** @param values one per key, in the keys' order, already trimmed ({@link CellText#clean}) */
    RowCells(Keys keys, String[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.size() + " columns");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public String get(Object key) {
        Integer position = key == null ? null : keys.positions.get(key);
        return position == null ? null : values[position];
    }

    @Override
    public String getOrDefault(Object key, String defaultValue) {
        String value = get(key);
        return value == null ? defaultValue : value;
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && keys.positions.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(keys.keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public String toString() {
        return "RowCells" + Arrays.toString(values);
    }
}
