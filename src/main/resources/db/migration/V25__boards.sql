-- Boards edited by administrators, one per project: the columns (statuses, order, WIP limits) and the
-- card fields, as JSON. A project without a row shows the default board its plugin derives.
create table board (
    project_key varchar(10)              not null primary key,
    definition  varchar(20000)           not null,
    version     bigint                   not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)              not null
);
