package com.pathway.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;

import tools.jackson.databind.node.ObjectNode;

/**
 * The menu a button opens, whose items are made as it opens and dropped as it closes. A page stays open in a
 * session for as long as the user is on it: it keeps the button, not a component for every item, and reads
 * nothing for the items until someone opens the menu. Enter, Space or a click on the button opens it with the
 * focus on its first item; Escape closes it and gives the focus back to the button.
 */
public class ButtonMenu extends ContextMenu {

    private final Consumer<ButtonMenu> items;

    /** @param items adds the menu's items, each time it opens */
    public ButtonMenu(Button button, Consumer<ButtonMenu> items) {
        super(button);
        this.items = items;
        setOpenOnClick(true);
        button.getElement().setAttribute("aria-haspopup", "menu");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeAll();
            }
        });
    }

    /** The browser asks to open the menu: its items are made now, from what they show at this moment. */
    @Override
    public boolean onBeforeOpenMenu(ObjectNode eventDetail) {
        removeAll();
        items.accept(this);
        return super.onBeforeOpenMenu(eventDetail);
    }
}
