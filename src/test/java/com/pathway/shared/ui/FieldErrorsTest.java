package com.pathway.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.pathway.shared.InvalidInputException;
import com.vaadin.flow.component.textfield.TextField;

/** Messages go on the fields a form shows; the others are handed on as text, never dropped. */
class FieldErrorsTest {

    @Test
    void aMessageForAFieldTheFormDoesNotShowIsHandedOnAsText() {
        TextField resolution = new TextField("Resolution");
        FieldErrors errors = new FieldErrors().bind("resolution", resolution);
        Map<String, String> messages = new LinkedHashMap<>();
        messages.put("resolution", "Choose a resolution.");
        messages.put("screeningOutcome", "Approving for treatment needs a recorded screening outcome.");
        messages.put("", "Something about the whole request.");
        List<String> rest = new ArrayList<>();

        errors.show(new InvalidInputException(messages), rest::addAll);

        assertThat(resolution.isInvalid()).isTrue();
        assertThat(resolution.getErrorMessage()).isEqualTo("Choose a resolution.");
        assertThat(rest).containsExactly("Approving for treatment needs a recorded screening outcome.",
                "Something about the whole request.");
    }

    @Test
    void nothingIsHandedOnWhenEveryMessageHasItsField() {
        TextField resolution = new TextField("Resolution");
        List<String> rest = new ArrayList<>();

        new FieldErrors().bind("resolution", resolution)
                .show(InvalidInputException.of("resolution", "Choose a resolution."), rest::addAll);

        assertThat(rest).isEmpty();
    }
}
