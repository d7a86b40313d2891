-- Ingestion at national scale (issue 6): accepted rows wait for the merge in spool files (ImportSpool) and are
-- bulk-loaded from there, so the staging tables go. The registry keeps each unit's source line, like the reports.
DROP TABLE report_staging;
DROP TABLE covered_unit_staging;
DROP TABLE registry_staging;

ALTER TABLE unit_registry ADD COLUMN source_line BIGINT NOT NULL DEFAULT 0;

-- Every index on quarterly_report is paid for by every row loaded. The aggregates read a period through the primary
-- key (period, union_id); this one served no query. (quarterly_report_unit stays: coverage looks reports up by unit.)
DROP INDEX quarterly_report_district ON quarterly_report;


-- Coverage asks, for each registry unit, whether a report of the period's quarters covers it: led by the period, this
-- index made MariaDB scan every covered unit of the year's quarters per registry unit (minutes at national scale);
-- led by the unit it is one lookup.
DROP INDEX report_covered_unit_unit ON report_covered_unit;
CREATE INDEX report_covered_unit_unit ON report_covered_unit (unit_id, period);
