package com.pathway.clinic.screening.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The screening's encrypted columns: each answer and its note. */
@Component
class ScreeningEncryption implements EncryptedColumns {

    static final EncryptedColumn ANSWER = new EncryptedColumn("screening_answer", List.of("screening_id", "checklist_item_id"), "answer");
    static final EncryptedColumn NOTE = new EncryptedColumn("screening_answer", List.of("screening_id", "checklist_item_id"), "note");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(ANSWER, NOTE);
    }

    @Converter
    static class Answer extends EncryptedText {
        Answer(ColumnCipher cipher) {
            super(cipher, ANSWER);
        }
    }

    @Converter
    static class Note extends EncryptedText {
        Note(ColumnCipher cipher) {
            super(cipher, NOTE);
        }
    }
}
