package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void passesWhenEveryCheckHolds() {
        Validation v = new Validation().check(true, "name", "Enter a name.");
        assertThat(v.hasErrors("name")).isFalse();
        assertThatNoException().isThrownBy(v::throwIfInvalid);
    }

    @Test
    void collectsEveryFailedFieldInOrder() {
        Validation v = new Validation()
                .check(false, "name", "Enter a name.")
                .check(true, "email", "unused")
                .reject("roles", "Choose a role.");

        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("name", "Enter a name."), Map.entry("roles", "Choose a role.")))
                .hasMessage("Enter a name. Choose a role.");
    }

    @Test
    void keepsTheFirstMessageForAField() {
        Validation v = new Validation().reject("name", "first").reject("name", "second");
        assertThat(v.hasErrors("name")).isTrue();
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("name", "first")));
    }

    @Test
    void treatsNullEmptyAndWhitespaceAsBlank() {
        assertThat(Validation.isBlank(null)).isTrue();
        assertThat(Validation.isBlank("")).isTrue();
        assertThat(Validation.isBlank(" \t")).isTrue();
        assertThat(Validation.isBlank(" x ")).isFalse();
    }

    @Test
    void anInvalidInputErrorNeedsAMessageAndCannotBeChangedAfterwards() {
        assertThatThrownBy(() -> new InvalidInputException(Map.of())).isInstanceOf(IllegalArgumentException.class);
        InvalidInputException e = InvalidInputException.of("", "Whole request is wrong.");
        assertThatThrownBy(() -> e.fieldErrors().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listsTheFirstMessageOfEachFieldInOrderWithoutThrowing() {
        Validation v = new Validation()
                .reject("phone", "Enter a phone number.")
                .reject("email", "Enter an e-mail address.")
                .reject("phone", "A second message for the same field.");

        assertThat(v.errors()).containsExactly(Map.entry("phone", "Enter a phone number."),
                Map.entry("email", "Enter an e-mail address."));
        assertThatThrownBy(() -> v.errors().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Validation().errors()).isEmpty();
    }
}
