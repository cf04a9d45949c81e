package com.pathway.shared.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cipher of the configured keys; the application does not start without a current key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionProperties.class)
public class EncryptionConfiguration {

    @Bean
    ColumnCipher columnCipher(EncryptionProperties properties) {
        return ColumnCipher.of(properties.keys(), properties.currentKey());
    }
}
