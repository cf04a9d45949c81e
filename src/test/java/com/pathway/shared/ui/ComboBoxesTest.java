package com.pathway.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;

/** Enter on part of a label picks the first item the combo box offers for it, or says nothing matches. */
class ComboBoxesTest {

    private static final List<String> NAMES = List.of("Isabel Intake", "Dr. Casey Clinician", "Casimir Coordinator");

    private static void typeAndPressEnter(ComboBox<String> box, String typed) {
        ComponentUtil.fireEvent(box, new ComboBoxBase.CustomValueSetEvent<>(box, true, typed));
    }

    @Test
    void partOfALabelPicksTheFirstItemInTheListsOrderIgnoringCase() {
        ComboBox<String> box = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Person", NAMES));

        typeAndPressEnter(box, "CAS");

        assertThat(box.getValue()).isEqualTo("Dr. Casey Clinician");
        assertThat(box.isInvalid()).isFalse();
    }

    @Test
    void aLazyListIsAskedWithTheTypedTextAndItsFirstAnswerIsPicked() {
        ComboBox<String> box = new ComboBox<>("Person");
        box.setItems(query -> NAMES.stream().filter(n -> n.toLowerCase().contains(query.getFilter().orElse("")))
                .skip(query.getOffset()).limit(query.getLimit()));
        ComboBoxes.pickFirstMatchOnEnter(box);

        typeAndPressEnter(box, "coord");

        assertThat(box.getValue()).isEqualTo("Casimir Coordinator");
    }

    @Test
    void textNothingMatchesIsRefusedOnTheFieldAndTheValueIsKept() {
        ComboBox<String> box = ComboBoxes.pickFirstMatchOnEnter(new ComboBox<>("Person", NAMES));
        box.setValue("Isabel Intake");

        typeAndPressEnter(box, "zzq");

        assertThat(box.getValue()).isEqualTo("Isabel Intake");
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).contains("zzq");

        typeAndPressEnter(box, "isa");
        assertThat(box.isInvalid()).as("a match clears the refusal").isFalse();
    }

    @Test
    void aComboBoxThatTakesItsOwnValuesKeepsThem() {
        ComboBox<String> box = new ComboBox<>("Action", NAMES);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> box.setValue("custom:" + e.getDetail()));
        ComboBoxes.pickFirstMatchOnEnter(box);

        typeAndPressEnter(box, "cas");

        assertThat(box.getValue()).isEqualTo("custom:cas");
    }
}
