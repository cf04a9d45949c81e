-- Course templates become an ordered list of phases (clinic.treatment), and a booked session can be moved
-- or added by hand.

-- A template's phases in order (position 0 first): so many infusions so many days apart; every phase after
-- the first starts start_after_days after the previous phase's last session (null for the first phase).
create table course_template_phase (
    template_id      bigint      not null,
    position         integer     not null,
    name             varchar(80) not null,
    sessions         integer     not null,
    interval_days    integer     not null,
    start_after_days integer,
    constraint pk_course_template_phase primary key (template_id, position),
    constraint fk_course_template_phase_template foreign key (template_id) references course_template (id),
    constraint ck_course_template_phase_sessions check (sessions between 1 and 100),
    constraint ck_course_template_phase_interval check (interval_days between 1 and 90),
    constraint ck_course_template_phase_start check (start_after_days is null or start_after_days between 1 and 365)
);

-- Every existing template keeps its plan as its one phase, named after it.
insert into course_template_phase (template_id, position, name, sessions, interval_days, start_after_days)
    select id, 0, name, sessions, interval_days, null from course_template;

alter table course_template drop constraint ck_course_template_sessions;
alter table course_template drop constraint ck_course_template_interval;
alter table course_template drop column sessions;
alter table course_template drop column interval_days;

-- The shipped two-phase default, offered first.
insert into course_template (name, description, position, active, shipped, version) values
    ('Induction then maintenance', '6 infusions every 3 days, then 3 maintenance infusions every 4 weeks', 0, true, true, 0);
insert into course_template_phase (template_id, position, name, sessions, interval_days, start_after_days)
    select id, 0, 'Induction', 6, 3, null from course_template where name = 'Induction then maintenance';
insert into course_template_phase (template_id, position, name, sessions, interval_days, start_after_days)
    select id, 1, 'Maintenance', 3, 28, 28 from course_template where name = 'Induction then maintenance';

-- A booked session names the template phase it was booked for (null when added by hand or before phases),
-- and keeps who last moved it, when, and from which time.
alter table scheduled_session add column phase varchar(80);
alter table scheduled_session add column moved_by varchar(64);
alter table scheduled_session add column moved_at timestamp with time zone;
alter table scheduled_session add column moved_from timestamp with time zone;
create index ix_scheduled_session_moved on scheduled_session (item_key, moved_at);
