package com.pathway.security.internal;

import java.util.List;

import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.ColumnCipher;
import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;
import com.pathway.shared.crypto.EncryptedText;

/** The accounts' encrypted column: the TOTP secret of two-factor sign-in. */
@Component
class AccountEncryption implements EncryptedColumns {

    static final EncryptedColumn MFA_SECRET = new EncryptedColumn("app_user", List.of("id"), "mfa_secret");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(MFA_SECRET);
    }

    @Converter
    static class MfaSecret extends EncryptedText {
        MfaSecret(ColumnCipher cipher) {
            super(cipher, MFA_SECRET);
        }
    }
}
