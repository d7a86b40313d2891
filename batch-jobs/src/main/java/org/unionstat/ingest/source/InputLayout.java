package org.unionstat.ingest.source;

import java.util.Arrays;
import java.util.List;

import org.unionstat.domain.ReportColumn;

/**
 * The columns of each kind of input file, in the order of docs/inputs.md#quarterly-report and #unit-registry. Every column, optional ones included,
 * must be present in a file's header; "required" is about the cells.
 */
public enum InputLayout {

    /** The quarterly report's columns are the domain's ({@link ReportColumn}): the flags name them too. */
    QUARTERLY_REPORT(Arrays.stream(ReportColumn.values())
            .map(c -> new Column(c.key(), c.chineseHeader(), c.required())).toList()),

    UNIT_REGISTRY(List.of(
            new Column("unit_id", "统一社会信用代码", true),
            new Column("unit_name", "单位名称", true),
            new Column("district_code", "区县代码", true),
            new Column("industry_code", "行业代码", true),
            new Column("employees", "从业人员数", true)));

    private final List<Column> columns;

    InputLayout(List<Column> columns) {
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }
}
