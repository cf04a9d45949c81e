package com.pathway.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Long lists of keys are split over entries, never cut off. */
class AuditDetailsTest {

    final JsonMapper json = JsonMapper.builder().build();
    final AuditDetails details = new AuditDetails(json);

    @Test
    void fiftyThousandKeysAreSplitOverEntriesThatEachFitTheColumnAndLoseNoKey() {
        List<String> keys = IntStream.rangeClosed(1, 50_000).mapToObj(i -> "PW-" + (1_000_000 + i)).toList();

        List<Map<String, Object>> parts = details.withKeys(Map.of("count", 50_000, "filter", "source=PHONE, text"), keys);

        assertThat(parts).hasSizeGreaterThan(100);
        for (int i = 0; i < parts.size(); i++) {
            String written = details.toJson(parts.get(i));
            assertThat(written.length()).isLessThanOrEqualTo(AuditDetails.MAX_LENGTH);
            assertThat(written).doesNotContain("truncated").contains("\"count\":50000", "source=PHONE, text");
            assertThat(parts.get(i)).containsEntry("part", i + 1).containsEntry("parts", parts.size());
        }
        assertThat(parts.stream().flatMap(p -> List.of(((String) p.get("keys")).split(",")).stream()))
                .containsExactlyElementsOf(keys);
    }

    @Test
    void keysThatFitOneEntryMakeOneEntryWithoutPartNumbers() {
        List<Map<String, Object>> parts = details.withKeys(Map.of("shown", 2), List.of("PW-1", "PW-2"));

        assertThat(parts).containsExactly(Map.of("shown", 2, "keys", "PW-1,PW-2"));
    }

    @Test
    void keysWithCharactersJsonEscapesStillFit() {
        List<String> keys = IntStream.range(0, 2_000).mapToObj(i -> "\"k\\" + i).toList();

        List<Map<String, Object>> parts = details.withKeys(Map.of(), keys);

        assertThat(parts).allSatisfy(p -> assertThat(details.toJson(p)).hasSizeLessThanOrEqualTo(AuditDetails.MAX_LENGTH)
                .doesNotContain("truncated"));
        assertThat(parts.stream().flatMap(p -> List.of(((String) p.get("keys")).split(",")).stream()))
                .containsExactlyElementsOf(keys);
    }
}
