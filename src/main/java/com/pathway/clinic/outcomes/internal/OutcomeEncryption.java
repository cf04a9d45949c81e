package com.pathway.clinic.outcomes.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The outcome measures' encrypted column: the item answers (the total and band stay plain for the lists). */
@Component
class OutcomeEncryption implements EncryptedColumns {

    static final EncryptedColumn ANSWERS = new EncryptedColumn("outcome_measure", List.of("id"), "answers");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(ANSWERS);
    }

    @Converter
    static class Answers extends EncryptedText {
        Answers(ColumnCipher cipher) {
            super(cipher, ANSWERS);
        }
    }
}
