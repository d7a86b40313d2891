package org.unionstat.ingest.source;

import java.util.List;
import java.util.stream.Collectors;

import org.unionstat.text.LanguageArgument;
import org.unionstat.text.Messages;

/** Columns named in a message: 会员人数（members）、… in Chinese, members (会员人数), … in English. */
record ColumnNames(List<Column> columns) implements LanguageArgument {

    ColumnNames {
        columns = List.copyOf(columns);
    }

    @Override
    public String in(Messages messages) {
        return messages.isChinese()
                ? columns.stream().map(c -> c.chineseHeader() + "（" + c.key() + "）").collect(Collectors.joining("、"))
                : columns.stream().map(c -> c.key() + " (" + c.chineseHeader() + ")").collect(Collectors.joining(", "));
    }
}
