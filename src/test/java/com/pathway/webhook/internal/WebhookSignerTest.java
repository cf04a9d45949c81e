package com.pathway.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void signsTimestampAndBodyWithHmacSha256() {
        // Reference value: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertThat(WebhookSigner.signatureHeader("whsec_test", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }

    @Test
    void anyChangeToBodyTimeOrSecretChangesTheSignature() {
        String base = WebhookSigner.signatureHeader("whsec_test", 1_700_000_000L, "{\"a\":1}");
        assertThat(WebhookSigner.signatureHeader("whsec_test", 1_700_000_000L, "{\"a\":2}")).isNotEqualTo(base);
        assertThat(WebhookSigner.signatureHeader("whsec_test", 1_700_000_001L, "{\"a\":1}")).isNotEqualTo(base);
        assertThat(WebhookSigner.signatureHeader("whsec_other", 1_700_000_000L, "{\"a\":1}")).isNotEqualTo(base);
    }

    @Test
    void secretsAreLongRandomAndDistinct() {
        String one = WebhookSigner.newSecret();
        assertThat(one).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(48);
        assertThat(WebhookSigner.newSecret()).isNotEqualTo(one);
    }
}
