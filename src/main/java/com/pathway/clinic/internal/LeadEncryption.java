package com.pathway.clinic.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/**
 * The lead's encrypted columns: the person's own message, which often tells their health, and the whole form of
 * a web inquiry while it waits in the {@link InquiryInbox} for its lead.
 */
@Component
class LeadEncryption implements EncryptedColumns {

    static final EncryptedColumn MESSAGE = new EncryptedColumn("lead", List.of("id"), "message");
    static final EncryptedColumn INQUIRY_FORM = new EncryptedColumn("inquiry_inbox", List.of("id"), "form");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(MESSAGE, INQUIRY_FORM);
    }

    @Converter
    static class Message extends EncryptedText {
        Message(ColumnCipher cipher) {
            super(cipher, MESSAGE);
        }
    }
}
