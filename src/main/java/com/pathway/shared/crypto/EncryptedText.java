package com.pathway.shared.crypto;

import jakarta.persistence.AttributeConverter;

/**
 * The JPA converter of one encrypted text column: a subclass per column names it, so the column's purpose
 * label goes into every value. Hibernate creates converters through Spring, which passes the
 * {@link ColumnCipher}.
 */
public abstract class EncryptedText implements AttributeConverter<String, String> {

    private final ColumnCipher cipher;
    private final String purpose;

    protected EncryptedText(ColumnCipher cipher, EncryptedColumn column) {
        this.cipher = cipher;
        this.purpose = column.purpose();
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher.encrypt(purpose, plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(purpose, stored);
    }
}
