package com.pathway.shared.crypto;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.pathway.support.PostgresTest;
import com.pathway.support.TestAccounts;

// the test webhook points at the loopback interface over http, as in the H2 tests' profile
@SpringBootTest(properties = {"pathway.encryption.keys.next=" + EncryptionAtRestContract.NEXT_KEY,
        "pathway.webhooks.allow-http=true", "pathway.webhooks.allow-internal-targets=true",
        "pathway.inquiries.create-in-background=false"})
@PostgresTest
@Import(TestAccounts.class)
class EncryptionAtRestOnPostgresTest extends EncryptionAtRestContract {
}
