-- Service-level targets of each lead, in the clinic's business hours: when the first contact and the
-- consultation are due (computed when the lead arrives), when they happened, and whether a missed
-- target was announced (sla_notified_due_at: the deadline whose miss was last announced). sla_due_at
-- is the earliest target not yet met on an open lead (null when none), so that the lead list sorts by
-- it and the breach job finds missed ones on an index.
alter table lead add column first_response_due_at timestamp with time zone;
alter table lead add column first_contact_at timestamp with time zone;
alter table lead add column consultation_due_at timestamp with time zone;
alter table lead add column consultation_at timestamp with time zone;
alter table lead add column sla_due_at timestamp with time zone;
alter table lead add column sla_notified_due_at timestamp with time zone;
create index ix_lead_sla_due on lead (sla_due_at);
