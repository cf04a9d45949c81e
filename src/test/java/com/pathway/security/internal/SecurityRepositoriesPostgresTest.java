package com.pathway.security.internal;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import com.pathway.shared.crypto.EncryptionConfiguration;
import com.pathway.support.PostgresTest;

@DataJpaTest
@Import(EncryptionConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@PostgresTest
class SecurityRepositoriesPostgresTest extends SecurityRepositoriesContract {
}
