-- The unit (account team, department) that serves a customer: the link between the customer side
-- (engagement, co-creation) and the employee side (climate, innovation performance) that the
-- evidence engine's data set from Cocrea's own records is built on.
alter table stakeholder add column serving_unit_id bigint references org_unit (id) on delete set null;
create index stakeholder_serving_unit_idx on stakeholder (serving_unit_id);
