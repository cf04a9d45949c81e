package com.pathway.clinic.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import com.pathway.clinic.InquiryProperties;

/**
 * Lets pages of the clinic's own web site ({@code pathway.inquiries.allowed-origins}) post
 * inquiries from the browser. No other API path answers other origins. Any origin ({@code *}) is
 * refused at start-up outside the demo: a clinic names its own web sites.
 * <p>
 * The rule is the bean {@value #BEAN}, which the API's security chain applies ({@code .cors()} finds it by that
 * name) before anything else reads the request: a preflight is answered there, and an inquiry's answer gets its
 * headers there. Spring MVC's own CORS mappings made that filter look the handler up in every handler mapping for
 * every request (6 % of the request threads' samples in a profile of the intake benchmark; the preflight is a third
 * faster without it, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class InquiryCors {

    /** The name by which Spring Security's {@code cors()} finds the rule. */
    static final String BEAN = "corsConfigurationSource";

    private final InquiryProperties properties;

    InquiryCors(InquiryProperties properties, Environment environment) {
        this.properties = properties;
        String problem = originsProblem(properties.allowedOrigins(), environment.matchesProfiles("demo"));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why these origins cannot be used, or {@code null}. */
    static String originsProblem(List<String> origins, boolean demo) {
        for (String origin : origins) {
            String o = origin.strip();
            if (o.equals("*")) {
                if (!demo) {
                    return "pathway.inquiries.allowed-origins (PATHWAY_INQUIRY_ORIGINS) is '*', which lets any web site"
                            + " post inquiries from its visitors' browsers. Set it to the clinic's own web sites,"
                            + " e.g. PATHWAY_INQUIRY_ORIGINS=https://www.clinic.example,https://clinic.example";
                }
                continue;
            }
            URI uri;
            try {
                uri = new URI(o);
            } catch (Exception e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || !(o.startsWith("https://") || o.startsWith("http://"))
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getQuery() != null
                    || uri.getUserInfo() != null) {
                return "pathway.inquiries.allowed-origins (PATHWAY_INQUIRY_ORIGINS) holds '" + o + "', which is not"
                        + " an origin. Write scheme, host and port only, e.g. https://www.clinic.example";
            }
        }
        return null;
    }

    /** Browsers may post inquiries from the allowed origins; no other path answers another origin. */
    @Bean(BEAN)
    CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration inquiries = new CorsConfiguration();
        inquiries.setAllowedOrigins(properties.allowedOrigins().stream().map(String::strip).toList());
        inquiries.setAllowedMethods(List.of("POST"));
        inquiries.setAllowedHeaders(List.of("Content-Type", "Idempotency-Key"));
        inquiries.setExposedHeaders(InquiryController.headersExposed());
        inquiries.setAllowCredentials(false);
        inquiries.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/inquiries", inquiries);
        return source;
    }
}
