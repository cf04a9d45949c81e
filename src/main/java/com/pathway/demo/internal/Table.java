package com.pathway.demo.internal;

import java.sql.Types;
import java.util.List;

/**
 * The tables the generator writes and their columns, in the order {@link LeadRows} gives values.
 * Kept beside the Flyway migrations V3 (workflow), V7 (leads), V14 (user fields) and V15 (the
 * lead's status read model): a column added there must be
 * added here, which {@code DataGeneratorH2Test} notices because it reads every row back.
 */
record Table(String name, List<String> columns, List<Integer> types) {

    private static final int T = Types.VARCHAR;
    private static final int L = Types.BIGINT;
    private static final int Z = Types.TIMESTAMP_WITH_TIMEZONE;

    static final Table ITEM = new Table("wf_item",
            List.of("project_id", "item_number", "item_key", "item_type", "summary", "definition_id", "status",
                    "status_category", "resolution", "assignee", "reporter", "created_at", "updated_at",
                    "status_changed_at", "version"),
            List.of(L, L, T, T, T, L, T, T, T, T, T, Z, Z, Z, L));

    static final Table HISTORY = new Table("wf_history",
            List.of("item_id", "transition", "from_status", "to_status", "resolution", "actor", "occurred_at",
                    "millis_in_from", "comment_text", "fields"),
            List.of(L, T, T, T, T, T, Z, L, T, T));

    static final Table CHANGE = new Table("wf_item_change",
            List.of("item_id", "field", "old_value", "new_value", "actor", "occurred_at"),
            List.of(L, T, T, T, T, Z));

    static final Table LEAD = new Table("lead",
            List.of("id", "inquiry_reference", "first_name", "last_name", "preferred_name", "name_lower",
                    "last_name_lower", "date_of_birth", "phone", "alt_phone", "phone_digits", "email", "email_lower",
                    "preferred_contact", "preferred_contact_time", "source", "campaign_source", "campaign_medium",
                    "campaign_name", "referrer_id", "condition_of_interest", "payer", "self_pay", "consent_phone_at",
                    "consent_phone_source", "consent_sms_at", "consent_sms_source", "consent_email_at",
                    "consent_email_source", "privacy_notice_at", "privacy_notice_source", "tags", "priority",
                    "coordinator", "clinician", "message", "screening_outcome", "screening_recorded_at",
                    "treatment_consent_at", "created_at", "updated_at", "version", "item_key", "status",
                    "status_category", "status_changed_at", "resolution"),
            List.of(L, T, T, T, T, T, T, Types.DATE, T, T, T, T, T, T, T, T, T, T, T, L, T, T, Types.BOOLEAN, Z, T, Z,
                    T, Z, T, Z, T, T, T, T, T, T, T, Z, Z, Z, Z, L, T, T, T, Z, T));

    /** The engine's user fields of a lead: its coordinator and clinician (V14). */
    static final Table USER = new Table("wf_item_user",
            List.of("item_id", "field", "username", "updated_at"),
            List.of(L, T, T, Z));

    String insert(boolean withId) {
        String cols = (withId ? "id, " : "") + String.join(", ", columns);
        String marks = "?, ".repeat(columns.size() + (withId ? 1 : 0));
        return "insert into " + name + " (" + cols + ") values (" + marks.substring(0, marks.length() - 2) + ")";
    }

    String copy(boolean withId) {
        return "copy " + name + " (" + (withId ? "id, " : "") + String.join(", ", columns) + ") from stdin";
    }
}
