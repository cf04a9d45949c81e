package com.pathway.clinic.treatment.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The treatment records' encrypted free text: why a course stopped, session observations and addenda. */
@Component
class TreatmentEncryption implements EncryptedColumns {

    static final EncryptedColumn STOP_REASON = new EncryptedColumn("treatment_course", List.of("id"), "stop_reason");
    static final EncryptedColumn OBSERVATION = new EncryptedColumn("infusion_session", List.of("id"), "observation");
    static final EncryptedColumn ADDENDUM = new EncryptedColumn("infusion_addendum", List.of("session_id", "position"), "body");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(STOP_REASON, OBSERVATION, ADDENDUM);
    }

    @Converter
    static class StopReason extends EncryptedText {
        StopReason(ColumnCipher cipher) {
            super(cipher, STOP_REASON);
        }
    }

    @Converter
    static class Observation extends EncryptedText {
        Observation(ColumnCipher cipher) {
            super(cipher, OBSERVATION);
        }
    }

    @Converter
    static class Addendum extends EncryptedText {
        Addendum(ColumnCipher cipher) {
            super(cipher, ADDENDUM);
        }
    }
}
