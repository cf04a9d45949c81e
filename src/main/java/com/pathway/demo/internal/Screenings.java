package com.pathway.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The signed screening checklist behind every generated lead's screening outcome, so the demo follows the
 * clinic's rule (a signed screening before approval) and a lead page shows the checklist its outcome came
 * from: one signed revision per lead with an outcome and no screening yet, signed by the lead's clinician
 * when the outcome was recorded, answered from the clinic's active checklist. A cleared lead answers every
 * contraindication no; a contraindicated one answers the first contraindication yes. Set-based SQL after
 * the rows are loaded, on H2 and PostgreSQL alike.
 */
final class Screenings {

    static final String SIGNED = """
            insert into screening (item_id, item_key, revision, state, supersedes, contraindicated, created_by,
                                   created_at, updated_at, signed_by, signed_by_name, signed_at, version)
            select l.id, l.item_key, 1, 'SIGNED', null, l.screening_outcome = 'Contraindicated',
                   coalesce(l.clinician, 'system'), l.screening_recorded_at, l.screening_recorded_at,
                   coalesce(l.clinician, 'system'), coalesce(u.display_name, l.clinician, 'Clinician'),
                   l.screening_recorded_at, 0
            from lead l left join app_user u on u.username = l.clinician
            where l.screening_outcome is not null and l.screening_recorded_at is not null
              and not exists (select 1 from screening s where s.item_id = l.id)""";

    static final String ANSWERS = """
            insert into screening_answer (screening_id, checklist_item_id, position, label, kind, contraindication,
                                          answer, note)
            select s.id, i.id, i.position, i.label, i.kind, i.contraindication,
                   case when i.kind = 'TEXT' then null
                        when i.contraindication and s.contraindicated
                             and i.position = (select min(f.position) from screening_item f
                                               where f.active and f.contraindication and f.kind = 'YES_NO') then 'YES'
                        when i.contraindication then 'NO'
                        else 'YES' end,
                   null
            from screening s cross join screening_item i
            where i.active and s.state = 'SIGNED'
              and not exists (select 1 from screening_answer a where a.screening_id = s.id)""";

    private Screenings() {
    }

    /** Signs the screening of every lead whose outcome has none; returns how many were signed. */
    static int sign(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            int signed = st.executeUpdate(SIGNED);
            if (signed > 0) {
                st.executeUpdate(ANSWERS);
            }
            return signed;
        }
    }
}
