package com.pathway.clinic.ui;

import java.util.List;

/**
 * An action on the leads selected on the lead list, offered in its selection bar beside Close… and
 * Export selection (for example "Assign…"). The list finds every Spring bean implementing it and
 * shows the ones {@link #available()} to the signed-in user, in {@code @Order}. The action does its
 * work through a service, which enforces who may do it; the list only offers it.
 */
public interface LeadSelectionAction {

    /** Stable id; the button's id is {@code selection-} followed by it. */
    String id();

    /** The button's text, e.g. "Assign…". */
    String label();

    /** Whether the signed-in user may use it (views only hide; the service refuses). */
    boolean available();

    /**
     * Acts on the selected leads' keys (opening a dialog as needed); calls {@code done} once leads
     * changed, so that the list reloads and clears the selection.
     */
    void run(List<String> keys, Runnable done);
}
