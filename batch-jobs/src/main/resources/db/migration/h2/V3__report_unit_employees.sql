-- The index of a period's report units also holds each report's employees, so that the data-quality rule Q03
-- (QualityFlagMapper.xml) reads the reports in unit order from the index alone and looks the registry up in that same
-- order (docs/performance.md). Coverage reads the same index as before.
DROP INDEX quarterly_report_unit;
CREATE INDEX quarterly_report_unit ON quarterly_report (period, unit_id, employees);
