package com.pathway.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test method, points {@link SecurityContextHolder} at the security-context strategy of
 * the test's own application context. Vaadin installs a strategy per application context, each with
 * its own thread-local storage, and the static holder keeps whichever context started last; a test
 * that signs a user in through the static holder while running against an earlier, cached context
 * would otherwise sign in where its services do not look.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
