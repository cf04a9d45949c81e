package com.pathway.clinic.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The lead's encrypted column: the person's own message, which often tells their health. */
@Component
class LeadEncryption implements EncryptedColumns {

    static final EncryptedColumn MESSAGE = new EncryptedColumn("lead", List.of("id"), "message");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(MESSAGE);
    }

    @Converter
    static class Message extends EncryptedText {
        Message(ColumnCipher cipher) {
            super(cipher, MESSAGE);
        }
    }
}
