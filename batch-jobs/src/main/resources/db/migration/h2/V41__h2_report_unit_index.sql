-- H2 only (see common/V40): H2 evaluates coverage's subquery of covered units once per registry unit, with the unit
-- pushed into it, so it needs reports indexed by unit. The embedded database is for a city's volumes, where the cost
-- of this index when loading does not matter.
CREATE INDEX quarterly_report_unit ON quarterly_report (unit_id, period);
