package com.pathway.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.pathway.shared.ClinicProperties;

/**
 * The password rules: at least 12 characters, at most 72 bytes (what BCrypt hashes), not the user
 * name, not the clinic's or the product's name, and not on a list of breached passwords: the 100,000
 * most common ones that the nbvcxz library ships ({@value #BREACHED}, MIT licence) together with
 * Pathway's own {@value #OWN_LIST}. Only the entries the length rules would let through are kept in
 * memory (about a thousand); every shorter one is refused by the length rule already.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** The product's name, refused inside passwords like the clinic's. */
    static final String PRODUCT = "pathway";
    static final String BREACHED = "/dictionaries/passwords.txt";
    static final String OWN_LIST = "/security/common-passwords.txt";
    /** Words of a clinic's name too general to refuse on their own ("Riverside Ketamine Clinic": only the first two). */
    private static final Set<String> GENERIC = Set.of("clinic", "clinics", "center", "centre", "centers", "health",
            "healthcare", "medical", "medicine", "therapy", "therapies", "wellness", "care", "group", "practice",
            "institute", "associates", "services", "the", "and", "for", "of");

    private final Set<String> commonPasswords;
    private final Set<String> names;

    @Autowired
    public PasswordPolicy(ClinicProperties clinic) {
        this(loadCommonPasswords(), namesOf(clinic.name()));
    }

    PasswordPolicy() {
        this(loadCommonPasswords(), namesOf("Pathway Clinic"));
    }

    PasswordPolicy(Set<String> commonPasswords) {
        this(commonPasswords, Set.of(PRODUCT));
    }

    PasswordPolicy(Set<String> commonPasswords, Set<String> names) {
        this.commonPasswords = Set.copyOf(commonPasswords);
        this.names = Set.copyOf(names);
    }

    /** Every rule the password breaks, in plain words; empty when it is acceptable. */
    public List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Enter a password.");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("Use at most " + MAX_BYTES + " bytes (about 72 plain letters).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the user name.");
        }
        String letters = lettersAndDigits(lower);
        if (names.stream().anyMatch(letters::contains)) {
            problems.add("The password must not contain the clinic's name or Pathway's.");
        }
        if (commonPasswords.contains(lower)) {
            problems.add("This password is too common; choose one that is harder to guess.");
        }
        return problems;
    }

    /** How many breached or common passwords are held for lookup (those long enough to pass the length rules). */
    int heldForLookup() {
        return commonPasswords.size();
    }

    /**
     * The names a password must not contain, as lower-case letters and digits: the product's, the clinic's
     * whole name, and each of its words of four letters or more that is not a general word.
     */
    static Set<String> namesOf(String clinicName) {
        Set<String> names = new LinkedHashSet<>();
        names.add(PRODUCT);
        String name = clinicName == null ? "" : clinicName.toLowerCase(Locale.ROOT);
        String whole = lettersAndDigits(name);
        if (whole.length() >= 4) {
            names.add(whole);
        }
        Arrays.stream(name.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4 && !GENERIC.contains(w))
                .forEach(names::add);
        return names;
    }

    private static String lettersAndDigits(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>();
        read(BREACHED, words);
        read(OWN_LIST, words);
        return words;
    }

    /** Adds the list's entries that the length rules alone would accept (the others never reach the list). */
    private static void read(String resource, Set<String> words) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#") && word.codePointCount(0, word.length()) >= MIN_LENGTH
                        && word.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many entries a shipped list holds, all lengths counted (for the test that it is large enough). */
    static long entriesIn(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
