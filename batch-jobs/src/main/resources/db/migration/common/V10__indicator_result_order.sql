-- Indicators (issue 3). The outputs list districts and industries in the order of config/districts.csv and
-- config/industries.csv, which need not be code order: each computed row keeps its group's position.
ALTER TABLE indicator_result ADD COLUMN display_order INT NOT NULL DEFAULT 0;
ALTER TABLE score_result ADD COLUMN display_order INT NOT NULL DEFAULT 0;

-- Coverage looks reports up by unit (is this registry unit the unit of a report of P?).
CREATE INDEX quarterly_report_unit ON quarterly_report (unit_id, period);
