package com.pathway.security.internal;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.pathway.shared.crypto.EncryptionConfiguration;

@DataJpaTest
@Import(EncryptionConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class SecurityRepositoriesH2Test extends SecurityRepositoriesContract {
}
