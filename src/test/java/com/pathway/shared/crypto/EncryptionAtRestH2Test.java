package com.pathway.shared.crypto;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.pathway.support.TestAccounts;

@SpringBootTest(properties = {"pathway.encryption.keys.next=" + EncryptionAtRestContract.NEXT_KEY,
        "pathway.inquiries.create-in-background=false"})
@ActiveProfiles("test")
@Import(TestAccounts.class)
class EncryptionAtRestH2Test extends EncryptionAtRestContract {
}
