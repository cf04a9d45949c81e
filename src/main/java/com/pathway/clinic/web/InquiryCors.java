package com.pathway.clinic.web;

import java.net.URI;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.pathway.clinic.InquiryProperties;

/**
 * Lets pages of the clinic's own web site ({@code pathway.inquiries.allowed-origins}) post
 * inquiries from the browser. No other API path answers other origins. Any origin ({@code *}) is
 * refused at start-up outside the demo: a clinic names its own web sites.
 */
@Configuration(proxyBeanMethods = false)
class InquiryCors implements WebMvcConfigurer {

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

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/inquiries")
                .allowedOrigins(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("POST")
                .allowedHeaders("Content-Type", "Idempotency-Key")
                .exposedHeaders(InquiryController.headersExposed().toArray(String[]::new))
                .allowCredentials(false)
                .maxAge(3600);
    }
}
