package org.unionstat.ingest.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.unionstat.domain.QuotedInput;

/**
 * Which position of a file's header holds which column: a header cell names a column by its English key (any case)
 * or by its Chinese header (docs/inputs.md#input-files); column order is free. Empty header cells are ignored silently, other unknown
 * ones are reported as a warning.
 */
public final class HeaderMapping {

    private final InputLayout layout;
    private final Map<String, Integer> positionByKey;
    private final List<String> unknownColumns;
    private final List<Column> missingColumns;
    private final List<String> repeatedColumns;
    private final RowCells.Keys keys;
    /** Per column of the layout, in order: its position in a record, or -1 when the file lacks it. */
    private final int[] recordPositions;

    private HeaderMapping(InputLayout layout, Map<String, Integer> positionByKey, List<String> unknownColumns,
            List<Column> missingColumns, List<String> repeatedColumns) {
        this.layout = layout;
        this.positionByKey = positionByKey;
        this.unknownColumns = List.copyOf(unknownColumns);
        this.missingColumns = List.copyOf(missingColumns);
        this.repeatedColumns = List.copyOf(repeatedColumns);
        List<String> columnKeys = layout.columns().stream().map(Column::key).toList();
        this.keys = new RowCells.Keys(columnKeys);
        this.recordPositions = columnKeys.stream().mapToInt(k -> positionByKey.getOrDefault(k, -1)).toArray();
    }

    public static HeaderMapping of(InputLayout layout, List<String> header) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column column : layout.columns()) {
            byName.put(column.key().toLowerCase(Locale.ROOT), column);
            byName.put(column.chineseHeader(), column);
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = CellText.clean(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Column column = byName.get(name);
            if (column == null) {
                column = byName.get(name.toLowerCase(Locale.ROOT));
            }
            if (column == null) {
                unknown.add(name);
            } else if (positions.putIfAbsent(column.key(), i) != null) {
                repeated.add(column.key());
            }
        }
        List<Column> missing = new ArrayList<>();
        for (Column column : layout.columns()) {
            if (!positions.containsKey(column.key())) {
                missing.add(column);
            }
        }
        return new HeaderMapping(layout, positions, unknown, missing, repeated);
    }

    /** Whether the header has no named column at all (an empty file). */
    public boolean isBlank() {
        return positionByKey.isEmpty() && unknownColumns.isEmpty();
    }

    public InputLayout layout() {
        return layout;
    }

    /** The cells of one record by column key; a cell beyond the end of the record is empty. Cells are trimmed. */
    public Map<String, String> cells(List<String> record) {
        String[] values = new String[recordPositions.length];
        for (int i = 0; i < values.length; i++) {
            int position = recordPositions[i];
            values[i] = CellText.clean(position >= 0 && position < record.size() ? record.get(position) : null);
        }
        return new RowCells(keys, values);
    }

    public List<String> unknownColumns() {
        return unknownColumns;
    }

    public List<Column> missingColumns() {
        return missingColumns;
    }

    /** Why a file with this header cannot be imported, if it cannot. */
    public Optional<Refusal.Detail> problem() {
        if (!missingColumns.isEmpty()) {
            // unrecognised names next to the missing ones usually show the misspelling
            return Optional.of(unknownColumns.isEmpty()
                    ? Refusal.MISSING_COLUMNS.with(new ColumnNames(missingColumns))
                    : listed(Refusal.MISSING_AND_UNKNOWN_COLUMNS, Refusal.MISSING_AND_MANY_UNKNOWN_COLUMNS,
                            new ColumnNames(missingColumns)));
        }
        if (!repeatedColumns.isEmpty()) {
            return Optional.of(Refusal.REPEATED_COLUMNS.with(String.join(", ", repeatedColumns)));
        }
        return Optional.empty();
    }

    /** The warning about ignored columns, if any. */
    public Optional<Refusal.Detail> warning() {
        return unknownColumns.isEmpty() ? Optional.empty()
                : Optional.of(listed(Refusal.UNKNOWN_COLUMNS_IGNORED, Refusal.MANY_UNKNOWN_COLUMNS_IGNORED));
    }

    /** The unknown columns as the last arguments: a few, and with {@code many} how many more there are. */
    private Refusal.Detail listed(Refusal few, Refusal many, Object... before) {
        QuotedInput.Listed listed = QuotedInput.list(unknownColumns);
        List<Object> args = new ArrayList<>(List.of(before));
        args.add(listed.shown());
        if (listed.omitted() == 0) {
            return few.with(args.toArray());
        }
        args.add(String.format(Locale.ROOT, "%,d", listed.omitted()));
        return many.with(args.toArray());
    }
}
