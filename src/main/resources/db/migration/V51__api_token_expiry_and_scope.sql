-- API tokens expire (90 days unless chosen otherwise at creation) and may be read-only (GET and HEAD).
-- Tokens issued before expiry existed get 90 days from now, so no script stops without warning.
alter table api_token add column expires_at timestamp with time zone;
alter table api_token add column read_only boolean default false not null;
update api_token set expires_at = current_timestamp + interval '90' day;
alter table api_token alter column expires_at set not null;
