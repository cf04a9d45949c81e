package com.pathway.webhook.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The webhooks' encrypted column: the signing secret. */
@Component
class WebhookEncryption implements EncryptedColumns {

    static final EncryptedColumn SECRET = new EncryptedColumn("webhook", List.of("id"), "secret");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(SECRET);
    }

    @Converter
    static class Secret extends EncryptedText {
        Secret(ColumnCipher cipher) {
            super(cipher, SECRET);
        }
    }
}
