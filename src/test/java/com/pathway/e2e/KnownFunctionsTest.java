package com.pathway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
}
