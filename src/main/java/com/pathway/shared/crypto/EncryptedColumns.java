package com.pathway.shared.crypto;

import java.util.List;

/**
 * The encrypted columns a module owns, declared as a bean beside its entities, so that {@link KeyRotation}
 * re-encrypts them without knowing the module.
 */
public interface EncryptedColumns {

    List<EncryptedColumn> columns();
}
