-- Indexes the stakeholder registry list needs to read one page without sorting the whole registry
-- (Stakeholders.page; measured with EngagementBenchmark, see docs/performance.md).

-- The list is sorted by name by default: order by lower(display_name) in the database's collation.
-- V7's stakeholder_name_idx uses text_pattern_ops (byte order), which serves the name prefix search
-- (like 'abc%') but cannot give that order in any collation other than C, so every page read and
-- sorted all rows. This index gives the order in both directions (read backwards for descending).
create index stakeholder_name_order_idx on stakeholder (lower(display_name), id);

-- Sorting by engagement orders by engagement and then id in the same direction (most engaged first:
-- engagement desc, id desc). V7's (engagement desc, id) has the two in opposite directions and so
-- matched neither ascending nor descending; (engagement, id) matches both.
drop index stakeholder_engagement_idx;
create index stakeholder_engagement_idx on stakeholder (engagement, id);

-- Filtering the list by kind (customers, partners, suppliers, employees) counts the matching rows
-- for the paginator; without an index that count read the whole registry (about 100 ms at a million).
create index stakeholder_kind_idx on stakeholder (kind);
