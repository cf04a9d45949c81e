package com.pathway.clinic.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.pathway.shared.crypto.EncryptedColumn;
import com.pathway.shared.crypto.EncryptedColumns;

/** The inquiry inbox's encrypted column: the whole form of an inquiry waiting for its lead, message included. */
@Component
class InquiryEncryption implements EncryptedColumns {

    static final EncryptedColumn FORM = new EncryptedColumn("inquiry_inbox", List.of("id"), "form");

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(FORM);
    }
}
