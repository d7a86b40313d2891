package org.unionstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowCellsTest {

    private final RowCells.Keys keys = new RowCells.Keys(List.of("union_id", "union_name", "employees"));

    @Test
    void isTheMapOfItsKeysAndValuesInOrder() {
        RowCells cells = new RowCells(keys, new String[] {"81110105MA01234567", "某工会", ""});
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("union_id", "81110105MA01234567");
        expected.put("union_name", "某工会");
        expected.put("employees", "");
        assertThat(cells).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(cells.keySet()).containsExactly("union_id", "union_name", "employees");
        assertThat(cells.values()).containsExactly("81110105MA01234567", "某工会", "");
        assertThat(cells.get("union_name")).isEqualTo("某工会");
        assertThat(cells.get("members")).isNull();
        assertThat(cells.getOrDefault("members", "-")).isEqualTo("-");
        assertThat(cells.containsKey("employees")).isTrue();
        assertThat(cells.containsKey("members")).isFalse();
        assertThat(cells.get(null)).isNull();
        assertThat(cells.containsKey(null)).isFalse();
    }

    @Test
    void cannotBeChanged() {
        RowCells cells = new RowCells(keys, new String[] {"a", "b", "c"});
        assertThatThrownBy(() -> cells.put("union_id", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cells.remove("union_id")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void needsOneValuePerKeyAndEachKeyOnce() {
        assertThatThrownBy(() -> new RowCells(keys, new String[] {"a", "b"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RowCells.Keys(List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceRowKeepsItAsItIs() {
        RowCells cells = new RowCells(keys, new String[] {"a", "b", "c"});
        assertThat(new SourceRow(2, cells, "a,b,c").cells()).isSameAs(cells);
        assertThat(new SourceRow(2, Map.of("union_id", " a "), "a").cells()).containsExactly(Map.entry("union_id", "a"));
    }
}
