-- Duplicate detection narrows by exact values: phone, alt_phone and email_lower already have
-- indexes (V7); a similar name is only looked for among leads born the same day.
create index ix_lead_birth on lead (date_of_birth);
