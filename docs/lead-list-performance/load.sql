-- 200,000 synthetic leads for docs/lead-list-performance.md, in the schema scratch_list (migrated with V1-V12 first).
set search_path = scratch_list;
insert into wf_definition (name, version, state, source, created_at, created_by) values ('clinic', 1, 'PUBLISHED', 'x', now(), 'x');
insert into wf_project (project_key, name, workflow_name, next_number, created_at) values ('PW', 'Leads', 'clinic', 200001, now());
insert into referrer (name, created_at) select 'Referrer ' || g, now() from generate_series(1, 200) g;
-- statuses weighted like a real clinic: most leads closed, a few thousand in each open stage
create temp table st(n int, name text, cat text);
insert into st values (0,'New inquiry','TODO'),(1,'Contacted','IN_PROGRESS'),(2,'Consultation scheduled','IN_PROGRESS'),
 (3,'Consultation done','IN_PROGRESS'),(4,'Screening','IN_PROGRESS'),(5,'Treatment scheduled','IN_PROGRESS'),
 (6,'In treatment','IN_PROGRESS'),(7,'Follow-up','IN_PROGRESS'),(8,'Closed','DONE'),(9,'Closed','DONE'),(10,'Closed','DONE'),(11,'Closed','DONE');
insert into wf_item (project_id, item_number, item_key, item_type, summary, definition_id, status, status_category, resolution,
  reporter, created_at, updated_at, status_changed_at, version)
select 1, g, 'PW-' || g, 'LEAD', 'Lead', 1, st.name, st.cat, case when st.cat = 'DONE' then 'Lost contact' end, 'intake',
  c, c, c + ((g % 40) || ' days')::interval * 0.5, 0
from generate_series(1, 200000) g
cross join lateral (select timestamp with time zone '2022-01-01' + (g * interval '7 minutes') as c) t
join st on st.n = (hashint4(g) & 2147483647) % 12;
insert into lead (id, inquiry_reference, first_name, last_name, name_lower, last_name_lower, date_of_birth, phone, email, email_lower,
  source, referrer_id, condition_of_interest, self_pay, priority, coordinator, clinician, created_at, updated_at, version)
select i.id, 'INQ-' || i.id, 'First' || (i.id % 977), 'Last' || (hashint4(i.id::int + 7) & 65535),
  lower('First' || (i.id % 977) || ' Last' || (hashint4(i.id::int + 7) & 65535)), lower('Last' || (hashint4(i.id::int + 7) & 65535)),
  date '1950-01-01' + (i.id % 18000)::int, '+1202' || lpad((i.id % 10000000)::text, 7, '0'),
  'p' || i.id || '@example.org', 'p' || i.id || '@example.org',
  (array['WEB_FORM','PHONE','REFERRAL','WALK_IN','EMAIL','OTHER'])[1 + i.id % 6],
  case when i.id % 10 = 0 then 1 + i.id % 200 end,
  (array['depression','bipolar depression','PTSD','anxiety','chronic pain','other'])[1 + (i.id / 7) % 6],
  false, (array['LOW','NORMAL','NORMAL','HIGH'])[1 + i.id % 4],
  'coord' || (i.id % 8), case when i.id % 3 = 0 then 'clin' || (i.id % 5) end, i.created_at, i.created_at, 0
from wf_item i;
analyze;
