package com.pathway.shared.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys of encryption at rest ({@code pathway.encryption.*}).
 *
 * @param keys every key that may have written a stored value, by id: {@code pathway.encryption.keys.<id>} (environment
 *     {@code PATHWAY_ENCRYPTION_KEYS_<ID>}), each 32 random bytes in Base64 ({@code openssl rand -base64 32}); ids are
 *     letters and digits, read in lower case
 * @param currentKey the id of the key that encrypts every value written from now on
 *     ({@code PATHWAY_ENCRYPTION_CURRENT_KEY}); required: Pathway refuses to start without it
 * @param rotate when {@code true}, the application re-encrypts every encrypted column with the current key (plain
 *     values of an older database included), prints the counts and exits
 * @param rotateBatchSize rows read and rewritten per transaction while rotating
 * @param allowDemoKey whether the demo key published with the source may be configured (demo and test profiles
 *     only; a production start with it is refused)
 */
@ConfigurationProperties("pathway.encryption")
public record EncryptionProperties(
        @DefaultValue Map<String, String> keys,
        String currentKey,
        @DefaultValue("false") boolean rotate,
        @DefaultValue("500") int rotateBatchSize,
        @DefaultValue("false") boolean allowDemoKey) {
}
