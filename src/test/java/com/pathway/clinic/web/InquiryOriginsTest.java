package com.pathway.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The web sites that may post inquiries must be named in production; '*' only in the demo. */
class InquiryOriginsTest {

    @Test
    void anyOriginIsRefusedOutsideTheDemoWithAMessageThatSaysWhatToSet() {
        assertThat(InquiryCors.originsProblem(List.of("*"), false))
                .contains("PATHWAY_INQUIRY_ORIGINS", "'*'", "https://www.clinic.example");
        assertThat(InquiryCors.originsProblem(List.of("https://clinic.example", " * "), false)).isNotNull();
    }

    @Test
    void anyOriginIsAllowedInTheDemo() {
        assertThat(InquiryCors.originsProblem(List.of("*"), true)).isNull();
    }

    @Test
    void namedOriginsAndNoneAtAllAreFine() {
        assertThat(InquiryCors.originsProblem(List.of("https://www.clinic.example", "http://localhost:3000"), false))
                .isNull();
        assertThat(InquiryCors.originsProblem(List.of(), false)).isNull();
    }

    @Test
    void somethingThatIsNotAnOriginIsRefused() {
        for (String bad : List.of("www.clinic.example", "https://clinic.example/contact", "ftp://clinic.example",
                "https://clinic.example?x=1", "https://user@clinic.example")) {
            assertThat(InquiryCors.originsProblem(List.of(bad), false)).as(bad).contains("not an origin");
        }
    }
}
