package com.pathway.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.pathway.security.DemoAccounts;

/**
 * In every profile, after the users are in place: when the README's demo password or tokens still
 * open an account, the log says so at start, so that nobody runs a real clinic on them unawares.
 */
@Component
@Order(10)
class DemoCredentialsWarning implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCredentialsWarning.class);

    private final DemoAccounts accounts;

    DemoCredentialsWarning(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.credentialsExist()) {
            log.warn("DEMO CREDENTIALS ARE ACTIVE: demo accounts ({}) can be used with the password or API tokens "
                    + "published in the README. Anyone who has read it can sign in. Use this only for a local demo; "
                    + "otherwise deactivate these accounts, or change their passwords and revoke their tokens.",
                    String.join(", ", DemoAccounts.usernames()));
        }
    }
}
