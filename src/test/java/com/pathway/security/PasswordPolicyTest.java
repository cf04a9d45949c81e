package com.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("correcthorse1"));

    @Test
    void acceptsALongUncommonPasswordWithoutTheUserName() {
        assertThat(policy.problems("jdoe", "violet-harbor-lantern")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void asksForAPasswordWhenThereIsNone(String password) {
        assertThat(policy.problems("jdoe", password)).containsExactly("Enter a password.");
    }

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(policy.problems("jdoe", "violet-harb")).containsExactly("Use at least 12 characters.");
        assertThat(policy.problems("jdoe", "violet-harbo")).isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // 11 characters outside the BMP are 22 UTF-16 units but still too short.
        String elevenEmoji = "\uD83D\uDE00".repeat(11);
        assertThat(policy.problems("jdoe", elevenEmoji)).contains("Use at least 12 characters.");
    }

    @Test
    void refusesMoreThanTheSeventyTwoBytesBcryptHashes() {
        assertThat(policy.problems("jdoe", "a1b2c3d4e5f6".repeat(6))).isEmpty();
        assertThat(policy.problems("jdoe", "a1b2c3d4e5f6".repeat(6) + "x"))
                .containsExactly("Use at most 72 bytes (about 72 plain letters).");
        // 25 three-byte characters: 75 bytes although only 25 characters.
        assertThat(policy.problems("jdoe", "\u20AC".repeat(25)))
                .containsExactly("Use at most 72 bytes (about 72 plain letters).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariasanchez", "MariaSanchez", "MARIASANCHEZ", "xx-MariaSanchez-2026", "2026mariasanchez"})
    void refusesPasswordsThatContainTheUserNameInAnyCase(String password) {
        assertThat(policy.problems("mariasanchez", password))
                .contains("The password must not contain the user name.");
    }

    @Test
    void skipsTheUserNameRuleWhenThereIsNoUserName() {
        assertThat(policy.problems(null, "violet-harbor-lantern")).isEmpty();
        assertThat(policy.problems(" ", "violet-harbor-lantern")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correcthorse1", "CorrectHorse1", "CORRECTHORSE1"})
    void refusesCommonPasswordsInAnyCase(String password) {
        assertThat(policy.problems("jdoe", password))
                .containsExactly("This password is too common; choose one that is harder to guess.");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(policy.problems("jdoe", "jdoe1")).containsExactly("Use at least 12 characters.",
                "The password must not contain the user name.");
    }

    @Test
    void shipsAListOfCommonPasswords() {
        PasswordPolicy shipped = new PasswordPolicy();
        assertThat(shipped.problems("jdoe", "password1234"))
                .contains("This password is too common; choose one that is harder to guess.");
        assertThat(shipped.problems("jdoe", "qwertyuiop123"))
                .contains("This password is too common; choose one that is harder to guess.");
    }

    @Test
    void shipsTheHundredThousandMostCommonBreachedPasswordsAndHoldsOnlyThoseLongEnoughToMatter() {
        assertThat(PasswordPolicy.entriesIn(PasswordPolicy.BREACHED)).isGreaterThanOrEqualTo(100_000);
        PasswordPolicy shipped = new PasswordPolicy();
        // Shorter entries are refused by the length rule already; what is held stays small.
        assertThat(shipped.heldForLookup()).isBetween(500, 5_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123qweasdzxc", "1qaz2wsx3edc", "QwertyQwerty", "correcthorsebatterystaple",
            "1234567890qwerty"})
    void refusesBreachedPasswordsFromTheShippedList(String password) {
        assertThat(new PasswordPolicy().problems("jdoe", password))
                .contains("This password is too common; choose one that is harder to guess.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Riverside-2026!!", "my KETAMINE key 7", "pathway-lantern-9", "Path way secret 99",
            "riversideketamineclinic"})
    void refusesPasswordsContainingTheClinicsOrTheProductsName(String password) {
        PasswordPolicy policy = new PasswordPolicy(Set.of(), PasswordPolicy.namesOf("Riverside Ketamine Clinic"));
        assertThat(policy.problems("jdoe", password))
                .containsExactly("The password must not contain the clinic's name or Pathway's.");
    }

    @Test
    void generalWordsOfTheClinicsNameAloneAreAllowed() {
        PasswordPolicy policy = new PasswordPolicy(Set.of(), PasswordPolicy.namesOf("Riverside Ketamine Clinic"));
        assertThat(policy.problems("jdoe", "clinic-violet-harbor")).isEmpty();
        assertThat(PasswordPolicy.namesOf("Riverside Ketamine Clinic"))
                .containsExactlyInAnyOrder("pathway", "riversideketamineclinic", "riverside", "ketamine");
    }
}
