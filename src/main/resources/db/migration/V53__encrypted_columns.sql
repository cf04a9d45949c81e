-- Encryption at rest: the values of these columns are now stored as AES-GCM envelopes
-- (enc:v1:<key id>:<base64>), longer than the text they hold, so the columns lose their widths; the
-- services keep the limits on the text itself. Values written before stay readable as they are, and
-- the rotation command (pathway.encryption.rotate) encrypts them.
alter table lead alter column message set data type varchar;
alter table note alter column body set data type varchar;
alter table screening_answer drop constraint ck_screening_answer;
alter table screening_answer alter column answer set data type varchar;
alter table screening_answer alter column note set data type varchar;
alter table outcome_measure alter column answers set data type varchar;
alter table treatment_course alter column stop_reason set data type varchar;
alter table infusion_session alter column observation set data type varchar;
alter table infusion_addendum alter column body set data type varchar;
alter table webhook alter column secret set data type varchar;
alter table app_user alter column mfa_secret set data type varchar;
