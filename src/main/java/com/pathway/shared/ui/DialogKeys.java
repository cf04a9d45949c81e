package com.pathway.shared.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The keyboard contract of every dialog: when it opens, focus is in its first field; Enter anywhere
 * in it clicks its primary button, except in a text area (Enter starts a new line), on another button
 * (Enter clicks that one), in a select (Enter opens it or picks the highlighted option) and in an open
 * combo box (Enter picks its match, and Vaadin keeps that Enter from the dialog); Escape closes it
 * (Vaadin's default).
 */
public final class DialogKeys {

    /** Keeps Enter inside an element (a text area's new line, a button's own click, a select's choice) from the dialog. */
    private static final String KEEP_ENTER = """
            if (!this.__pathwayKeepsEnter) {
              this.__pathwayKeepsEnter = true;
              this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); });
            }""";

    private DialogKeys() {
    }

    /**
     * Focuses {@code first} (may be {@code null} when the dialog has no field) whenever {@code dialog}
     * opens and lets Enter click {@code primary}.
     */
    public static <D extends Dialog> D submitOnEnter(D dialog, Focusable<?> first, Button primary) {
        primary.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                Stream.concat(descendants(dialog), dialog.getFooter().getElement().getChildren()
                        .flatMap(el -> el.getComponent().stream()).flatMap(c -> Stream.concat(Stream.of(c),
                                descendants(c))))
                        .filter(c -> c instanceof TextArea || c instanceof Button || c instanceof Select)
                        .forEach(c -> c.getElement().executeJs(KEEP_ENTER));
                (first != null ? first : primary).focus();
            }
        });
        return dialog;
    }

    /** The same for a text area, button or select added after the dialog opened. */
    public static void keepEnter(Component component) {
        component.getElement().executeJs(KEEP_ENTER);
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }
}
