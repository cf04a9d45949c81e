package com.pathway.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** A context of its own: its tampering never meets another test's audit trail. */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "pathway.test.context=audit-chain")
class AuditChainOnH2Test extends AuditChainContract {

    @Override
    boolean insertOnlyTrigger() {
        return false;
    }
}
