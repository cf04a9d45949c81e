-- The clinic's own copy of each lead's key and status, kept in the same transaction from the engine's
-- events (ItemCreated, ItemTransitioned, WorkflowPublished), so that the lead list, its counts and
-- the duplicate search read the lead table alone and never join the engine's wf_item.
alter table lead add column item_key varchar(24);
alter table lead add column status varchar(64);
alter table lead add column status_category varchar(16);
alter table lead add column status_changed_at timestamp with time zone;
alter table lead add column resolution varchar(64);

update lead set
    item_key = (select i.item_key from wf_item i where i.id = lead.id),
    status = (select i.status from wf_item i where i.id = lead.id),
    status_category = (select i.status_category from wf_item i where i.id = lead.id),
    status_changed_at = (select i.status_changed_at from wf_item i where i.id = lead.id),
    resolution = (select i.resolution from wf_item i where i.id = lead.id);

alter table lead alter column item_key set not null;
alter table lead alter column status set not null;
alter table lead alter column status_category set not null;
alter table lead alter column status_changed_at set not null;

-- The list's status sort and filter, the overdue filter and the category filter, now on lead
-- (they were on wf_item, see V13 and docs/lead-list-performance.md).
create unique index uk_lead_item_key on lead (item_key);
create index ix_lead_status_id on lead (status, id);
create index ix_lead_status_created on lead (status, created_at, id);
create index ix_lead_status_entered on lead (status, status_changed_at);
create index ix_lead_category_created on lead (status_category, created_at, id);
