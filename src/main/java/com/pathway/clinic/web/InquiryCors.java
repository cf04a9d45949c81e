package com.pathway.clinic.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.pathway.clinic.InquiryProperties;

/**
 * Lets pages of the clinic's own web site ({@code pathway.inquiries.allowed-origins}) post
 * inquiries from the browser. No other API path answers other origins.
 */
@Configuration(proxyBeanMethods = false)
class InquiryCors implements WebMvcConfigurer {

    private final InquiryProperties properties;

    InquiryCors(InquiryProperties properties) {
        this.properties = properties;
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
