-- The index of a period's report units also holds each report's employees, so that the data-quality rule Q03
-- (QualityFlagMapper.xml) reads the reports in unit order from the index alone and looks the registry up in that same
-- order: one sweep of each, instead of a registry lookup per report in union order (docs/performance.md). Coverage
-- reads the same index as before.
ALTER TABLE quarterly_report DROP INDEX quarterly_report_unit,
    ADD INDEX quarterly_report_unit (period, unit_id, employees);
