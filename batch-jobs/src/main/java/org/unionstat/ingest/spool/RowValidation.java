package org.unionstat.ingest.spool;

import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.spool.StagedRows.CheckedRow;
import org.unionstat.ingest.validate.Reasons;
import org.unionstat.ingest.validate.Validation;

/**
 * The load step's processor: validates a row and turns it into what the writer stores, an accepted row for staging
 * or a rejected row, both tagged with the import.
 */
public class RowValidation<T> implements ItemProcessor<SourceRow, CheckedRow> {

    /** Builds the staged form of an accepted row. */
    public interface Stager<T> {
        CheckedRow stage(long importId, SourceRow source, T row);
    }

    private final long importId;
    private final Function<SourceRow, Validation<T>> validator;
    private final Stager<T> stager;
    private final Reasons reasons;

    /** {@code reasons} says a rejected row's problems; an accepted row never formats a text. */
    public RowValidation(long importId, Function<SourceRow, Validation<T>> validator, Stager<T> stager,
            Reasons reasons) {
        this.importId = importId;
        this.validator = validator;
        this.stager = stager;
        this.reasons = reasons;
    }

    @Override
    public CheckedRow process(SourceRow source) {
        Validation<T> validation = validator.apply(source);
        return validation.accepted()
                ? stager.stage(importId, source, validation.row())
                : RejectedRow.of(importId, source, validation, reasons);
    }
}
