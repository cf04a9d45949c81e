package com.pathway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The functions Vaadin's client may build on Pathway's pages ({@code scripts/known-functions-list.js}) and the check
 * that a journey's pages asked for none other: {@code scripts/known-functions.js} records in the tab's session
 * storage every function not listed and every violation of the Content-Security-Policy, and a journey fails on
 * either, printing the lines that would list the missing functions.
 * <p>
 * To list many at once (a new component, a Vaadin upgrade): run the journeys with the application allowing
 * {@code eval} and {@code -Dpathway.functions.collect=FILE}, which appends each missing function to FILE as a JSON
 * line instead of failing, then {@link #main} merges FILE into the list (the README's "Content-Security-Policy"
 * gives the commands). The list is always written by {@link #render}, sorted, so {@code KnownFunctionsTest} can
 * hold it to that form.
 */
public final class KnownFunctions {

    static final Path LIST = Path.of("src/main/resources/META-INF/resources/scripts/known-functions-list.js");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /** The first line of an entry: the call and its key, the parameter names and code as a JSON array. */
    private static final Pattern ENTRY = Pattern.compile("^\\$pathwayKnown\\((\\[.*]),$", Pattern.MULTILINE);

    private static final String HEADER = """
            /*
             * The functions Vaadin's client may build on Pathway's pages, each under the parameter names and code it
             * passes to `new Function` (see known-functions.js), then written out as that function. Generated: the
             * browser tests fail on any function not listed here and print the entry to add; the README's
             * "Content-Security-Policy" tells how to add many at once. Do not edit the functions by hand: the key
             * above each is what the client sends, and KnownFunctionsTest checks that each function is its key.
             */
            (function ($pathwayKnown) {
            """;
    private static final String FOOTER = "})(window.PathwayKnownFunction);\n";

    /** Flow's wrapper of code whose answer the server waits for (the same expression as in known-functions.js). */
    static final Pattern ANSWERED = Pattern.compile("try\\{Promise\\.resolve\\(\\(async function\\(\\)\\{(.*)\\}\\)"
            + "\\(\\)\\)\\.then\\((\\$\\d+),function\\(error\\)\\{(\\$\\d+)\\(''\\+error\\)\\}\\)\\}catch\\(error\\)"
            + "\\{(\\$\\d+)\\(''\\+error\\)\\}", Pattern.DOTALL);
    private static volatile Set<List<String>> listed;

    private KnownFunctions() {
    }

    /** Fails when the pages in this tab asked for a function not listed, or broke the policy. */
    @SuppressWarnings("unchecked")
    static void check(WebDriver driver) {
        Map<String, Object> page;
        try {
            page = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                    let seen = [];
                    try { seen = JSON.parse(window.sessionStorage.getItem('pathway.unknownFunctions') || '[]'); }
                    catch (e) { /* no storage */ }
                    return {vaadin: !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients),
                            listed: typeof window.PathwayKnownFunction === 'function', seen: seen};""");
        } catch (RuntimeException e) {
            return; // not a page of the application (a download, a blank tab)
        }
        if (Boolean.TRUE.equals(page.get("vaadin")) && !Boolean.TRUE.equals(page.get("listed"))) {
            throw new AssertionError("The page " + driver.getCurrentUrl() + " runs Vaadin's client without "
                    + "scripts/known-functions.js, so every function the client builds is refused.");
        }
        Object seen = page.get("seen");
        List<List<String>> missing = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) seen) {
            if ("function".equals(entry.get("kind"))) {
                List<String> key = (List<String>) entry.get("detail");
                if (!missing.contains(key)) {
                    missing.add(key);
                }
            } else {
                violations.add(String.valueOf(entry.get("detail")));
            }
        }
        report("The pages ran JavaScript their Content-Security-Policy refuses.", missing, violations);
    }

    /** The keys of the functions listed now. */
    public static Set<List<String>> listed() {
        Set<List<String>> keys = listed;
        if (keys == null) {
            try {
                keys = Set.copyOf(keys(Files.readString(LIST)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            listed = keys;
        }
        return keys;
    }

    /**
     * Whether the pages' script builds this function: listed as it is, or Flow's answered form of listed code, which
     * the script runs from the listed code, as {@code known-functions.js} does.
     */
    public static boolean isListed(List<String> parametersAndCode) {
        return listed().contains(parametersAndCode)
                || answeredCode(parametersAndCode).map(listed()::contains).orElse(false);
    }

    /**
     * For Flow's answered form (the code in its wrapper, its result and error passed to the two last parameters, in
     * their order), the parameters and code it wraps; for any other function, nothing.
     */
    static Optional<List<String>> answeredCode(List<String> parametersAndCode) {
        int count = parametersAndCode.size() - 1;
        Matcher form = count >= 2 ? ANSWERED.matcher(parametersAndCode.get(count)) : null;
        if (form == null || !form.matches() || !form.group(2).equals(parametersAndCode.get(count - 2))
                || !form.group(3).equals(parametersAndCode.get(count - 1)) || !form.group(4).equals(form.group(3))) {
            return Optional.empty();
        }
        List<String> inner = new ArrayList<>(parametersAndCode.subList(0, count - 2));
        inner.add(form.group(1));
        return Optional.of(List.copyOf(inner));
    }

    /**
     * Fails with {@code what} and the entries to add when {@code missing} (functions the client would build, not
     * listed) or {@code violations} is not empty; with {@code -Dpathway.functions.collect=FILE} the missing functions
     * are appended to FILE as JSON lines instead, and nothing fails.
     */
    public static void report(String what, List<List<String>> missing, List<String> violations) {
        String collect = System.getProperty("pathway.functions.collect");
        if (collect != null) {
            try {
                Files.write(Path.of(collect), missing.stream().map(JSON::writeValueAsString).toList(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (!missing.isEmpty() || !violations.isEmpty()) {
            throw new AssertionError(what
                    + (violations.isEmpty() ? "" : "\nViolations of the policy: " + violations)
                    + (missing.isEmpty() ? "" : "\nFunctions Vaadin's client asked for that are not listed; add these "
                            + "entries to " + LIST + " (in the order of their keys):\n"
                            + String.join("\n", missing.stream().map(KnownFunctions::entry).toList())));
        }
    }

    /** The entries' keys in a list's text, in their order. */
    static List<List<String>> keys(String list) {
        List<List<String>> keys = new ArrayList<>();
        Matcher entry = ENTRY.matcher(list);
        while (entry.find()) {
            keys.add(JSON.readValue(entry.group(1), STRINGS));
        }
        return keys;
    }

    /** The whole list for these keys: each once, in the order of its key's JSON text. */
    static String render(List<List<String>> keys) {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        keys.forEach(key -> sorted.put(JSON.writeValueAsString(key), key));
        StringBuilder list = new StringBuilder(HEADER);
        sorted.values().forEach(key -> list.append(entry(key)).append('\n'));
        return list.append(FOOTER).toString();
    }

    /**
     * The entry of the list for the function built from {@code parametersAndCode}: its key (the parameter names and
     * code as the client passes them), then the same as a function.
     */
    static String entry(List<String> parametersAndCode) {
        List<String> parameters = parametersAndCode.subList(0, parametersAndCode.size() - 1);
        String code = parametersAndCode.getLast();
        return "$pathwayKnown(" + JSON.writeValueAsString(parametersAndCode) + ",\n    function ("
                + String.join(", ", parameters) + ") {\n" + code + "\n});";
    }

    /**
     * Merges the functions collected in the file {@code args[0]} into the list: its JSON lines, and any entries
     * pasted from a failed journey's message. Flow's answered form of code that is listed too is left out, since the
     * pages' script builds it from that code (a run may collect both forms of a new function).
     */
    public static void main(String[] args) throws IOException {
        List<List<String>> keys = new ArrayList<>(keys(Files.readString(LIST)));
        int before = keys.size();
        String collected = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        keys.addAll(keys(collected));
        for (String line : collected.lines().toList()) {
            if (line.startsWith("[")) {
                keys.add(JSON.readValue(line, STRINGS));
            }
        }
        keys.removeIf(key -> answeredCode(key).filter(keys::contains).isPresent());
        String list = render(keys);
        Files.writeString(LIST, list);
        System.out.println(LIST + ": " + keys(list).size() + " functions (" + before + " before)");
    }
}
