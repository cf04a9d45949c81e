package com.pathway.board.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.pathway.board.BoardFilter;
import com.pathway.board.Choice;
import com.pathway.board.FilterField;
import com.pathway.shared.ui.ComboBoxes;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The board's quick filters and its swimlane choice; each change gives the new {@link BoardQuery}. */
class BoardFilterBar extends HorizontalLayout {

    private static final Choice NO_LANES = new Choice("none", "No swimlanes");

    private final Checkbox mine = new Checkbox("Mine");
    private final Checkbox unassigned = new Checkbox("Unassigned");
    private final Checkbox overdue = new Checkbox("Overdue");
    private final TextField text = new TextField();
    private final Map<String, ComboBox<Choice>> fields = new LinkedHashMap<>();
    private final Select<Choice> lane = new Select<>();
    private final List<Choice> lanes = new ArrayList<>();
    private boolean showing;

    BoardFilterBar(List<FilterField> filterFields, List<Choice> laneFields, Consumer<BoardQuery> changed) {
        addClassName("board-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        mine.setId("filter-mine");
        unassigned.setId("filter-unassigned");
        overdue.setId("filter-overdue");
        text.setId("filter-text");
        text.setPlaceholder("Key, name, phone or e-mail");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setAriaLabel("Search cards");
        text.setWidth("11em");
        add(mine, unassigned, overdue, text);
        for (FilterField field : filterFields) {
            ComboBox<Choice> box = new ComboBox<>();
            box.setId("filter-" + field.name());
            box.setPlaceholder(field.label());
            box.setAriaLabel(field.label());
            box.setItems(field.options());
            ComboBoxes.pickFirstMatchOnEnter(box);
            box.setItemLabelGenerator(Choice::label);
            box.setClearButtonVisible(true);
            box.setWidth("8.5em");
            fields.put(field.name(), box);
            add(box);
        }
        lanes.add(NO_LANES);
        laneFields.forEach(c -> lanes.add(new Choice(c.value(), "Swimlanes by " + c.label().toLowerCase(java.util.Locale.ROOT))));
        lane.setId("board-lanes");
        lane.setItems(lanes);
        lane.setItemLabelGenerator(Choice::label);
        lane.setValue(NO_LANES);
        lane.setAriaLabel("Swimlanes");
        lane.setWidth("13em");

        mine.addValueChangeListener(e -> fire(changed));
        unassigned.addValueChangeListener(e -> fire(changed));
        overdue.addValueChangeListener(e -> fire(changed));
        text.addValueChangeListener(e -> fire(changed));
        fields.values().forEach(f -> f.addValueChangeListener(e -> fire(changed)));
        lane.addValueChangeListener(e -> fire(changed));
    }

    /** The swimlane choice, placed by the view beside its title. */
    Select<Choice> laneSelect() {
        return lane;
    }

    List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    /** Shows a query from the address without firing changes. */
    void show(BoardQuery query) {
        showing = true;
        try {
            mine.setValue(query.filter().mine());
            unassigned.setValue(query.filter().unassigned());
            overdue.setValue(query.filter().overdue());
            text.setValue(query.filter().text() == null ? "" : query.filter().text());
            fields.forEach((name, box) -> {
                String value = query.filter().field(name);
                box.setValue(value == null ? null : box.getListDataView().getItems()
                        .filter(c -> c.value().equals(value)).findFirst().orElse(null));
            });
            lane.setValue(lanes.stream().filter(c -> c.value().equals(query.lane())).findFirst().orElse(NO_LANES));
        } finally {
            showing = false;
        }
    }

    private void fire(Consumer<BoardQuery> changed) {
        if (showing) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, box) -> {
            if (box.getValue() != null) {
                values.put(name, box.getValue().value());
            }
        });
        String laneField = lane.getValue() == null || lane.getValue() == NO_LANES ? null : lane.getValue().value();
        changed.accept(new BoardQuery(new BoardFilter(mine.getValue(), unassigned.getValue(), overdue.getValue(),
                text.getValue(), values), laneField));
    }
}
