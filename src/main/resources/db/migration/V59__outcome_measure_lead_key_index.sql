-- My patients reads the latest questionnaire scores of a page of leads by their keys.
create index ix_outcome_measure_item_key on outcome_measure (item_key, recorded_at);
