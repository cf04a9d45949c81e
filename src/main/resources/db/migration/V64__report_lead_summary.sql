-- The dashboard's per-lead summary (reporting): one row per lead the figures count (not merged, not closed
-- as a duplicate), with the lead's filter columns and what its transition history says, so that a figure
-- reads one row per lead instead of grouping the history. Written in the transaction that changes the lead
-- or its history, and rebuilt from the history by the rebuild command or after the workflow's stages change.
-- Stage columns are numbered 1.. in the order of the workflow's open stages (at most 12).
create table report_lead (
    lead_id               bigint       not null,
    created_at            timestamp with time zone not null,
    source                varchar(16),
    campaign_name         varchar(100),
    referrer_id           bigint,
    condition_of_interest varchar(64),
    coordinator           varchar(64),
    clinician             varchar(64),
    resolution            varchar(64),
    status_category       varchar(16)  not null,
    -- the lead's service-level targets and when they were met (copied from the lead)
    first_response_due_at timestamp with time zone,
    first_contact_at      timestamp with time zone,
    consultation_due_at   timestamp with time zone,
    consultation_at       timestamp with time zone,
    -- the furthest open status reached, numbered in workflow order (0: none)
    maxpos                integer      not null,
    contacted_at          timestamp with time zone,
    consulted_at          timestamp with time zone,
    treated_at            timestamp with time zone,
    -- when the lead first reached each stage (a later stage counts as reaching the earlier ones)
    reached_1  timestamp with time zone, reached_2  timestamp with time zone, reached_3  timestamp with time zone,
    reached_4  timestamp with time zone, reached_5  timestamp with time zone, reached_6  timestamp with time zone,
    reached_7  timestamp with time zone, reached_8  timestamp with time zone, reached_9  timestamp with time zone,
    reached_10 timestamp with time zone, reached_11 timestamp with time zone, reached_12 timestamp with time zone,
    -- milliseconds spent in each stage over the stays that ended (null: never left it)
    stay_1  bigint, stay_2  bigint, stay_3  bigint, stay_4  bigint, stay_5  bigint, stay_6  bigint,
    stay_7  bigint, stay_8  bigint, stay_9  bigint, stay_10 bigint, stay_11 bigint, stay_12 bigint,
    -- the latest closing: the stage it was closed from (-1: not an open stage) and its resolution
    closed_from           integer,
    closed_resolution     varchar(64),
    constraint pk_report_lead primary key (lead_id),
    constraint fk_report_lead_lead foreign key (lead_id) references lead (id) on delete cascade
);

create index ix_report_lead_created on report_lead (created_at);

-- Which stages the summary was built for (a fingerprint of the workflow's stages and milestones) and when:
-- the figures read the summary only while it matches the published workflow. No row: not built (yet).
create table report_summary_state (
    id        integer      not null,
    stages    varchar(128) not null,
    leads     bigint       not null,
    built_at  timestamp with time zone not null,
    constraint pk_report_summary_state primary key (id),
    constraint ck_report_summary_state_one check (id = 1)
);
