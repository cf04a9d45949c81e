package com.pathway.shared.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cipher of the configured keys; the application does not start without a current key, nor with the demo
 * key published with the source outside the demo and test profiles.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
public class EncryptionConfiguration {

    /** The demo profile's key (application-demo.properties): public, so it protects nothing. */
    static final String DEMO_KEY = "ZGVtby1rZXktcHVibGlzaGVkLW5vdC1hLXNlY3JldCE=";

    @Bean
    ColumnCipher columnCipher(EncryptionProperties properties) {
        if (!properties.allowDemoKey() && properties.keys().values().stream()
                .anyMatch(key -> key != null && DEMO_KEY.equals(key.strip()))) {
            throw new IllegalStateException("The demo encryption key published with Pathway's source is configured; "
                    + "it protects nothing. Generate a key of your own with 'openssl rand -base64 32' and set it as "
                    + "PATHWAY_ENCRYPTION_KEYS_<ID> with PATHWAY_ENCRYPTION_CURRENT_KEY.");
        }
        return ColumnCipher.of(properties.keys(), properties.currentKey());
    }
}
