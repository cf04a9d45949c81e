package com.pathway.clinic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

import com.pathway.clinic.InquiryProperties;

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

    @Test
    void onlyTheNamedWebSitesMayPostAndOnlyInquiries() {
        InquiryProperties properties = new InquiryProperties(10, Duration.ofHours(1),
                List.of("https://www.clinic.example", " https://clinic.example"), 1000, 1, 100, Duration.ofSeconds(1),
                true, 100, Duration.ofSeconds(30));
        CorsConfigurationSource source = new InquiryCors(properties, new MockEnvironment()).corsConfigurationSource();

        CorsConfiguration inquiries = source.getCorsConfiguration(new MockHttpServletRequest("POST", "/api/v1/inquiries"));
        assertThat(inquiries).isNotNull();
        assertThat(inquiries.checkOrigin("https://www.clinic.example")).isEqualTo("https://www.clinic.example");
        assertThat(inquiries.checkOrigin("https://clinic.example")).isEqualTo("https://clinic.example");
        assertThat(inquiries.checkOrigin("https://elsewhere.example")).isNull();
        assertThat(inquiries.checkOrigin("https://www.clinic.example.elsewhere.example")).isNull();
        assertThat(inquiries.checkHttpMethod(org.springframework.http.HttpMethod.POST)).isNotNull();
        assertThat(inquiries.checkHttpMethod(org.springframework.http.HttpMethod.DELETE)).isNull();
        assertThat(inquiries.getAllowCredentials()).isFalse();

        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/v1/leads"))).isNull();
        assertThat(source.getCorsConfiguration(new MockHttpServletRequest("POST", "/api/v1/inquiries/x"))).isNull();
    }

    @Test
    void noOriginAtAllLetsNoWebSitePost() {
        InquiryProperties properties = new InquiryProperties(10, Duration.ofHours(1), List.of(), 1000, 1, 100,
                Duration.ofSeconds(1), true, 100, Duration.ofSeconds(30));
        CorsConfiguration inquiries = new InquiryCors(properties, new MockEnvironment()).corsConfigurationSource()
                .getCorsConfiguration(new MockHttpServletRequest("POST", "/api/v1/inquiries"));
        assertThat(inquiries.checkOrigin("https://clinic.example")).isNull();
    }
}
