package com.pathway.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context installs its own security context holder strategy globally when it
 * starts (Vaadin's is one), and its method security reads that instance. Tests of several cached
 * contexts run in one JVM, so before each test the strategy of the test's own context is put back;
 * otherwise a user signed in by a test would be invisible to the services of an older context.
 */
public class SecurityContextStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
