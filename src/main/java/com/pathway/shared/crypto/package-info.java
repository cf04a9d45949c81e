/**
 * Encryption at rest of the most sensitive columns: AES-256-GCM values in a versioned text envelope
 * ({@link ColumnCipher}), the JPA converter each encrypted column uses ({@link EncryptedText}), the keys
 * from configuration ({@link EncryptionProperties}) and the re-encryption of every declared column with
 * the current key ({@link KeyRotation}).
 */
package com.pathway.shared.crypto;
