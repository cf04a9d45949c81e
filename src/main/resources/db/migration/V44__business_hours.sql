-- The clinic's business hours and service-level targets as administrators edit them on the Business
-- hours page. One row (id 1); while there is none, the pathway.clinic.hours.* properties apply.
-- Holidays are days off although working days, each with a name the page shows.
create table business_hours (
    id integer primary key,
    working_days varchar(80) not null,
    opens time not null,
    closes time not null,
    first_response_minutes integer not null,
    consultation_minutes integer not null,
    updated_by varchar(64) not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);

create table business_holiday (
    holiday_date date primary key,
    name varchar(80) not null
);
