-- Coverage (IndicatorInputMapper.coverageTotals) walks a period's report units and covered units in unit_id order and
-- looks each up in the registry in that same order, so the registry is read as one sweep rather than at random: both
-- unit indexes lead with the period, and the registry has an index holding all that coverage reads of a unit (half
-- the size of the table's rows, which carry the unit's name). Measured at a million reports a quarter and 2.6 million
-- registry units (MariaDB, 128 MB buffer pool): coverage 14 s before, 6.6 s after; the registry index adds about 4 s
-- to a registry import.
DROP INDEX quarterly_report_unit ON quarterly_report;
CREATE INDEX quarterly_report_unit ON quarterly_report (period, unit_id);

DROP INDEX report_covered_unit_unit ON report_covered_unit;
CREATE INDEX report_covered_unit_unit ON report_covered_unit (period, unit_id);

CREATE INDEX unit_registry_coverage ON unit_registry (registry_year, unit_id, employees, district_code, industry_code);
