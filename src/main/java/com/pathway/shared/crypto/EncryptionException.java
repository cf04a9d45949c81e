package com.pathway.shared.crypto;

/**
 * A stored value that cannot be decrypted: changed in the database, moved from another column, or
 * encrypted with a key that is not configured. Never answered with the garbled bytes instead.
 */
public class EncryptionException extends RuntimeException {

    public EncryptionException(String message) {
        super(message);
    }

    public EncryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
