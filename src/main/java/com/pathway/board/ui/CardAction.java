package com.pathway.board.ui;

/**
 * Something a workflow's plugin lets people do to one card besides Open and Move to… (for leads:
 * assigning them), offered in the card's menu. The board finds every Spring bean implementing it and
 * shows those {@link #available()} to the signed-in user. The action does its work through a service,
 * which enforces who may do it; the board only offers it.
 */
@org.springframework.modulith.NamedInterface("ui")
public interface CardAction {

    /** Stable id; the menu item's id is it, a dash and the card's key. */
    String id();

    /** The menu item's text, e.g. "Assign to me". */
    String label();

    /** Whether the signed-in user may use it (views only hide; the service refuses). */
    boolean available();

    /** Acts on the card's item (opening a dialog as needed); calls {@code changed} once it changed. */
    void run(String key, Runnable changed);
}
