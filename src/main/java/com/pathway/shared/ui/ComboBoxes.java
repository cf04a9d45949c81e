package com.pathway.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;

/**
 * Enter picks the first match: Vaadin's combo box selects on Enter only the highlighted item or an
 * item whose whole label was typed, and otherwise throws the typed text away. With this, typing
 * "ali" and pressing Enter (or leaving the field) picks the first item the list shows for "ali", in
 * the order the list shows it; when nothing matches, the field says so and keeps its value.
 */
public final class ComboBoxes {

    private ComboBoxes() {
    }

    /**
     * Makes Enter on a partly typed label pick the first item that matches it. A combo box that
     * already accepts values of its own (custom values) is left as it is.
     */
    public static <T> ComboBox<T> pickFirstMatchOnEnter(ComboBox<T> box) {
        if (box.isAllowCustomValue()) {
            return box;
        }
        box.setAllowCustomValue(true);
        boolean[] ownError = {false};
        box.addCustomValueSetListener(event -> {
            String typed = event.getDetail() == null ? "" : event.getDetail().strip();
            if (typed.isEmpty()) {
                return;
            }
            Optional<T> match = firstMatch(box, typed);
            if (match.isPresent()) {
                if (ownError[0]) {
                    ownError[0] = false;
                    box.setInvalid(false);
                }
                box.setValue(match.get());
            } else {
                ownError[0] = true;
                box.setErrorMessage("Nothing in the list matches “" + typed + "”. Pick one of the offered items.");
                box.setInvalid(true);
            }
        });
        return box;
    }

    /**
     * The first item the combo box offers for {@code typed}: for a list of items the first whose label
     * contains it (ignoring case, as Vaadin filters), for a lazy list the first item its query returns.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<T> firstMatch(ComboBox<T> box, String typed) {
        DataProvider<T, ?> provider = box.getDataProvider();
        if (provider == null) {
            return Optional.empty();
        }
        if (provider instanceof ListDataProvider<?>) {
            ItemLabelGenerator<T> labels = box.getItemLabelGenerator();
            String wanted = typed.toLowerCase(Locale.ROOT);
            return box.getListDataView().getItems()
                    .filter(item -> labels.apply(item) != null && labels.apply(item).toLowerCase(Locale.ROOT).contains(wanted))
                    .findFirst();
        }
        return ((DataProvider<T, String>) provider).fetch(new Query<>(0, 1, List.of(), null, typed)).findFirst();
    }
}
