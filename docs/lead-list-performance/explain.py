import os, subprocess, sys
# Since V15 the list reads the lead table alone: its copy of key and status (see LeadStatusReadModel).
SCHEMA = os.environ.get("SCHEMA", "scratch_list")
SEL = ("select l.item_key, l.first_name, l.last_name, l.phone, l.email, l.status, l.status_category, l.source, "
       "l.condition_of_interest, l.priority, l.coordinator, l.clinician, l.created_at, "
       "case when ((l.status = 'New inquiry' and l.status_changed_at < now() - interval '1 day') or (l.status = 'Contacted' and l.status_changed_at < now() - interval '3 days')) then 1 else 0 end as overdue")
FROM = " from lead l"
OVERDUE = ("(" + " or ".join("(l.status = '%s' and l.status_changed_at < timestamptz '2026-06-01' - interval '%s')" % (s, d) for s, d in [
    ("Consultation done","7 days"),("Consultation scheduled","14 days"),("Contacted","3 days"),("Follow-up","90 days"),
    ("In treatment","60 days"),("New inquiry","1 day"),("Screening","14 days"),("Treatment scheduled","21 days")]) + ")")
cases = {
 "none (default sort)": ("", "l.created_at desc, l.id desc"),
 "status": ("l.status = 'Contacted'", "l.created_at desc, l.id desc"),
 "category": ("l.status_category = 'TODO'", "l.created_at desc, l.id desc"),
 "assignee": ("(l.coordinator = 'coord3' or l.clinician = 'coord3')", "l.created_at desc, l.id desc"),
 "source": ("l.source = 'PHONE'", "l.created_at desc, l.id desc"),
 "condition": ("l.condition_of_interest = 'PTSD'", "l.created_at desc, l.id desc"),
 "referrer": ("l.referrer_id = 17", "l.created_at desc, l.id desc"),
 "created range": ("l.created_at >= '2023-03-01' and l.created_at < '2023-04-01'", "l.created_at desc, l.id desc"),
 "overdue": (OVERDUE, "l.created_at desc, l.id desc"),
 "text: key": ("l.item_key = 'PW-123456'", "l.created_at desc, l.id desc"),
 "text: phone": ("(l.phone = '+12020123456' or l.alt_phone = '+12020123456')", "l.created_at desc, l.id desc"),
 "text: email": ("l.email_lower like 'p12345%' escape '\\'", "l.created_at desc, l.id desc"),
 "text: name": ("(l.name_lower like 'last123%' escape '\\' or l.last_name_lower like 'last123%' escape '\\' or l.email_lower like 'last123%' escape '\\')", "l.created_at desc, l.id desc"),
 "clinician scope": ("(l.status in ('Consultation done','Screening','Treatment scheduled','In treatment','Follow-up') or l.clinician = 'clin2')", "l.created_at desc, l.id desc"),
 "sort lastName": ("", "l.last_name asc, l.id asc"),
 "sort firstName": ("", "l.first_name asc, l.id asc"),
 "sort status": ("", "l.status asc, l.id asc"),
 "sort priority": ("", "l.priority desc, l.id desc"),
 "sort key": ("", "l.id asc"),
 "sort source": ("", "l.source asc, l.id asc"),
 "status + sort lastName": ("l.status = 'Contacted'", "l.last_name asc, l.id asc"),
}
only = sys.argv[1:] or list(cases)
for name in only:
    where, order = cases[name]
    w = (" where " + where) if where else ""
    for kind, sql in (("page", "select " + SEL[7:] + FROM + w + " order by " + order + " limit 50 offset 0"),
                      ("count", "select count(*)" + FROM + w)):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "test", "-At", "-c",
            "set search_path=" + SCHEMA + "; explain (analyze, costs off, timing off, summary on) " + sql],
            capture_output=True, text=True).stdout
        print("### %s — %s" % (name, kind))
        print(out.replace("SET\n", "").strip())
        print()
