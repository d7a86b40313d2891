package org.unionstat.ingest.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionstat.ingest.source.Column;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.text.Messages;

/**
 * The problems of a rejected row as the reasons stored and shown (rejected_row.reasons, the rejects file, the
 * workbooks), in the language of {@link Messages}: "E02 会员人数：“-3”是负数" or "E02 members: '-3' is negative".
 * Columns are named by their Chinese header in Chinese and by their key in English. Immutable, shared by the
 * validation threads.
 */
public final class Reasons {

    private final Messages messages;
    private final Map<String, String> columnNames = new HashMap<>();

    public Reasons(Messages messages, InputLayout layout) {
        this.messages = messages;
        for (Column column : layout.columns()) {
            columnNames.put(column.key(), messages.isChinese() ? column.chineseHeader() : column.key());
        }
    }

    /** Every problem, in one line: "E01 union_name: required cell is empty; E02 members: '-3' is negative". */
    public String of(List<Problem> problems) {
        StringBuilder line = new StringBuilder();
        for (Problem problem : problems) {
            if (!line.isEmpty()) {
                line.append(messages.text(Reason.SEPARATOR));
            }
            line.append(of(problem));
        }
        return line.toString();
    }

    /** One problem: "E02 members: '-3' is negative". */
    public String of(Problem problem) {
        Reason.Detail detail = problem.detail();
        Object[] args = detail.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Reason.ColumnName name) {
                args[i] = column(name.key());
            }
        }
        return messages.text(Reason.PROBLEM, problem.code(), column(problem.column()),
                messages.text(detail.reason(), args));
    }

    /** The column as the reasons name it. */
    public String column(String key) {
        return columnNames.getOrDefault(key, key);
    }

    public Messages messages() {
        return messages;
    }
}
