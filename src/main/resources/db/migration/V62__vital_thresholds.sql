-- The clinic's vital-sign ranges (clinic.treatment): a reading outside its sign's range is marked in session
-- records, never judged. One row per sign (SYSTOLIC, DIASTOLIC, HEART_RATE, SPO2, RESPIRATORY_RATE); a null
-- limit is no limit on that side. The application seeds each sign's row once from the installation's
-- settings (pathway.treatment.vital-alerts.*, shipped = true); an administrator's change makes it the
-- clinic's own (shipped = false, with who and when).
create table vital_threshold (
    sign       varchar(24)  not null primary key,
    low_limit  integer,
    high_limit integer,
    shipped    boolean      not null,
    changed_by varchar(100),
    changed_at timestamp with time zone,
    version    bigint       not null,
    constraint ck_vital_threshold_order check (low_limit is null or high_limit is null or low_limit < high_limit)
);
