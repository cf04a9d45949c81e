package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KnownFunctionsTest {

    @Test
    void theListIsExactlyWhatItsKeysGiveEachFunctionItsOwnKeysCode() throws Exception {
        String list = Files.readString(KnownFunctions.LIST);
        List<List<String>> keys = KnownFunctions.keys(list);

        assertThat(keys).isNotEmpty();
        // a function edited by hand, a key without its function, a duplicate or an entry out of order fails here
        assertThat(list).isEqualTo(KnownFunctions.render(keys));
    }

    @Test
    void anEntryIsItsKeyThenTheSameParametersAndCodeAsAFunction() {
        String entry = KnownFunctions.entry(List.of("$0", "$1", "return $0.$connector.confirm($1) // done"));

        assertThat(entry).isEqualTo("""
                $pathwayKnown(["$0","$1","return $0.$connector.confirm($1) // done"],
                    function ($0, $1) {
                return $0.$connector.confirm($1) // done
                });""");
        assertThat(KnownFunctions.keys(entry + "\n")).containsExactly(
                List.of("$0", "$1", "return $0.$connector.confirm($1) // done"));
    }

    @Test
    void theListKeepsEachKeyOnceInTheOrderOfItsText() {
        List<String> b = List.of("return 2");
        List<String> a = List.of("$0", "return $0");

        String list = KnownFunctions.render(List.of(b, a, b));

        assertThat(KnownFunctions.keys(list)).containsExactly(a, b);
    }

    @Test
    void noEntryIsTheAnsweredFormOfAnother() throws Exception {
        // the page's script builds Flow's answered form of listed code itself: listing it too would hide whether it does
        List<List<String>> keys = KnownFunctions.keys(Files.readString(KnownFunctions.LIST));

        assertThat(keys).noneMatch(key -> KnownFunctions.answeredCode(key).filter(keys::contains).isPresent());
    }

    @Test
    void theAnsweredFormOfListedCodeIsListedAndOfOtherCodeNot() throws Exception {
        List<String> listed = KnownFunctions.keys(Files.readString(KnownFunctions.LIST)).getFirst();
        List<String> parameters = listed.subList(0, listed.size() - 1);
        int count = parameters.size();

        assertThat(KnownFunctions.isListed(listed)).isTrue();
        assertThat(KnownFunctions.isListed(wrap(parameters, listed.getLast(), "$" + count, "$" + (count + 1))))
                .isTrue();
        assertThat(KnownFunctions.isListed(wrap(parameters, listed.getLast() + ";", "$" + count, "$" + (count + 1))))
                .as("other code").isFalse();
        assertThat(KnownFunctions.isListed(wrap(parameters, listed.getLast(), "$" + (count + 1), "$" + count)))
                .as("the answer's parameters swapped").isFalse();
        assertThat(KnownFunctions.isListed(List.of("$0", "return $0 + 1"))).isFalse();
        assertThat(KnownFunctions.answeredCode(wrap(parameters, listed.getLast(), "$" + count, "$" + (count + 1))))
                .contains(listed);
    }

    /**
     * Flow's wrapper of {@code code} whose answer the server waits for, as its UidlWriter sends it: two more
     * parameters, named in order, which the wrapper passes the result and the error to.
     */
    private static List<String> wrap(List<String> parameters, String code, String succeeded, String failed) {
        List<String> key = new ArrayList<>(parameters);
        key.add("$" + parameters.size());
        key.add("$" + (parameters.size() + 1));
        key.add("try{Promise.resolve((async function(){" + code + "})()).then(" + succeeded + ",function(error){"
                + failed + "(''+error)})}catch(error){" + failed + "(''+error)}");
        return key;
    }
}
