package com.pathway.workflow;

import java.util.Set;

/**
 * Who may read items of a plugin's types: an extension point, a Spring bean per plugin. The engine
 * asks it for the current user's {@link ReadScope} and applies that scope on every path (get, lists
 * and their counts, history, changelog, transitions offered and run, field changes). An item the
 * user may not read is answered exactly as an unknown key and audited as a denied read; every
 * allowed read of a single item is audited as a read. Item types that no bean names are readable by
 * every signed-in user.
 */
public interface ItemAccess {

    /** The item types this rule covers, e.g. {@code LEAD}. */
    Set<String> itemTypes();

    /** What the current user may read of these types. */
    ReadScope scope();

    /** The audit trail's entity type for these items, e.g. {@code LEAD}. */
    String auditTarget();

    /** The audit action of a read (and, with outcome {@code DENIED}, of a refused one), e.g. {@code LEAD_VIEWED}. */
    String readAction();

    /** The audit action of a list that shows items of these types, e.g. {@code LEADS_LISTED}. */
    String listAction();
}
