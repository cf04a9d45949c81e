package com.pathway.audit;

import org.springframework.boot.test.context.SpringBootTest;

import com.pathway.support.PostgresTest;

@SpringBootTest
@PostgresTest
class AuditChainOnPostgresTest extends AuditChainContract {

    @Override
    boolean insertOnlyTrigger() {
        return true;
    }
}
