package com.pathway.notes.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The notes' encrypted column: every note's and addendum's text. */
@Component
class NoteEncryption implements EncryptedColumns {

    static final EncryptedColumn BODY = new EncryptedColumn("note", List.of("id"), "body");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(BODY);
    }

    @Converter
    static class Body extends EncryptedText {
        Body(ColumnCipher cipher) {
            super(cipher, BODY);
        }
    }
}
