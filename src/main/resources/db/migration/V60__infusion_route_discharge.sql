-- Infusion session records: the route of each dose step (from the clinic's list of routes), and when the
-- patient recovered and was discharged, and by whom.
alter table treatment_option drop constraint ck_treatment_option_kind;
alter table treatment_option add constraint ck_treatment_option_kind
    check (kind in ('INDICATION', 'SIDE_EFFECT', 'ROUTE'));

insert into treatment_option (kind, label, position, active, shipped, version) values
    ('ROUTE', 'IV', 1, true, true, 0),
    ('ROUTE', 'IM', 2, true, true, 0),
    ('ROUTE', 'Intranasal', 3, true, true, 0);

alter table infusion_dose_step add column route varchar(80);
alter table infusion_session add column recovered_at timestamp with time zone;
alter table infusion_session add column discharged_at timestamp with time zone;
alter table infusion_session add column discharged_by varchar(64);
alter table infusion_session add column discharger_name varchar(120);
