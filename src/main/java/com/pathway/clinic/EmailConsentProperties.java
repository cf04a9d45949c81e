package com.pathway.clinic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Unsubscribe links ({@code pathway.clinic.email-consent.*}).
 *
 * @param secret the key that signs unsubscribe links (HMAC-SHA256); set it in production, or the links
 *        of mail sent before a restart stop working (an empty value uses a random key per start)
 */
@ConfigurationProperties("pathway.clinic.email-consent")
public record EmailConsentProperties(@DefaultValue("") String secret) {
}
