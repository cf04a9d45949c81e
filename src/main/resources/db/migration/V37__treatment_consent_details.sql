-- How the treatment consent was taken and by whom, beside when (treatment_consent_at). Consents
-- recorded before keep only their time.
alter table lead add column treatment_consent_method varchar(40);
alter table lead add column treatment_consent_by varchar(64);
