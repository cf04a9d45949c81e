package com.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** A page's response as it is sent and kept: the same JSON, in ASCII. */
class CompactResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static boolean asciiOnly(String s) {
        return s.chars().allMatch(c -> c <= 0x7F);
    }

    @Test
    void charactersBeyondAsciiBecomeEscapesThatReadBackTheSame() {
        String json = JSON.writeValueAsString(java.util.Map.of("text", "Columns \u25be \u00b7 Close\u2026 New \u2192 Old",
                "quote", "\\\u2026\"\u201c\u201d", "emoji", "\ud83d\ude00", "plain", "caf\u00e9"));
        String compact = CompactResponses.ascii(json);

        assertThat(asciiOnly(json)).isFalse();
        assertThat(asciiOnly(compact)).isTrue();
        assertThat(compact).contains("\\u2026", "\\u25be", "\\ud83d\\ude00", "caf\\u00e9", "\\u00b7");
        assertThat(JSON.readTree(compact)).isEqualTo(JSON.readTree(json));
    }

    @Test
    void aResponseInAsciiIsKeptAsItIs() {
        String json = "{\"text\":\"cafe \\u2026 \\\\\"}";
        assertThat(CompactResponses.ascii(json)).isSameAs(json);
        assertThat(CompactResponses.ascii(null)).isNull();
    }

    @Test
    void anyTextReadsBackTheSame() {
        Random random = new Random(42);
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append((char) switch (random.nextInt(5)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x80);
                    case 2 -> 0x100 + random.nextInt(0xD700);
                    case 3 -> '\\';
                    default -> '"';
                });
                if (random.nextInt(10) == 0) {
                    text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                }
            }
            String json = JSON.writeValueAsString(java.util.List.of(text.toString(), java.util.Map.of("k", text.toString())));
            String compact = CompactResponses.ascii(json);
            assertThat(asciiOnly(compact)).isTrue();
            assertThat(JSON.readTree(compact)).as(json).isEqualTo(JSON.readTree(json));
        }
    }
}
