-- When a lead's screening outcome was last recorded: users who may not read the outcome (clinical
-- content) still see that the screening is complete and when. Leads screened before this column
-- existed take the time from their changelog, or their last change when it has none.
alter table lead add column screening_recorded_at timestamp with time zone;

update lead set screening_recorded_at = coalesce(
        (select max(c.occurred_at) from wf_item_change c where c.item_id = lead.id and c.field = 'screeningOutcome'),
        updated_at)
    where screening_outcome is not null;
