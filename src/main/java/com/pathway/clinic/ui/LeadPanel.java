package com.pathway.clinic.ui;

import com.pathway.clinic.LeadDetails;
import com.vaadin.flow.component.Component;

/**
 * A panel another module adds to the lead page (notes, tasks) without the clinic knowing that module: a
 * Spring bean of prototype scope, so each page gets its own, ordered by {@code @Order}. The page puts
 * every panel's {@link #component()} at the top of its side column and its {@link #banner()}, if any,
 * above the columns, and calls {@link #show} whenever it shows the lead (when opened, after a transition
 * or a save). Panels read through their own services, which apply the lead's access rule again.
 */
@org.springframework.modulith.NamedInterface("ui")
public interface LeadPanel {

    /** The panel, created once per page. */
    Component component();

    /** Something the panel shows across the top of the page (e.g. pinned notes), or {@code null}. */
    default Component banner() {
        return null;
    }

    /**
     * Whether the signed-in user gets this panel at all, asked once when the page is made: a panel that says no is
     * left off the page and holds nothing while it is open. {@link #show} still hides a panel whose user lost the
     * role meanwhile.
     */
    default boolean offered() {
        return true;
    }

    /** Shows the panel for this lead, as the signed-in user may see it. */
    void show(LeadDetails lead);

    /** The page's way to show the panel's changes elsewhere (its activity timeline); call it after each. */
    default void whenChanged(Runnable changed) {
    }

    /**
     * Whether the panel's changes change the lead itself (its facts, what its transitions need), so that the
     * page reads the lead again after each, not only its timeline.
     */
    default boolean changesLead() {
        return false;
    }
}
