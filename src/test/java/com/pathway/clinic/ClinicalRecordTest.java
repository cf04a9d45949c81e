package com.pathway.clinic;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.security.Role;
import com.pathway.support.TestAccounts;

/**
 * What the tests of clinical records share: a clinician, a colleague, a coordinator and a manager, a lead
 * assigned to the clinician (so the colleague may not read it), and calls made as one of them.
 */
public abstract class ClinicalRecordTest {

    @Autowired
    protected LeadService leads;
    @Autowired
    protected TestAccounts accounts;
    @Autowired
    protected JdbcTemplate jdbc;

    protected String clinician;
    protected String otherClinician;
    protected String coordinator;
    protected String manager;
    protected String key;

    @BeforeEach
    void staffAndALead() {
        clinician = user("clin", Role.CLINICIAN);
        otherClinician = user("clin2", Role.CLINICIAN);
        coordinator = user("coord", Role.INTAKE_COORDINATOR);
        manager = user("manager", Role.MANAGER);
        key = lead("Barros");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** A new lead assigned to {@link #clinician}, created by the coordinator. */
    protected String lead(String lastName) {
        accounts.signIn(coordinator);
        try {
            return leads.create(Leads.withClinician(Leads.form("Ines", lastName, "(202) 555-01"
                    + (10 + (int) (Math.random() * 89)), null), clinician)).key();
        } finally {
            accounts.signOut();
        }
    }

    protected String user(String prefix, Role role) {
        String name = TestAccounts.uniqueName(prefix);
        accounts.create(name, role);
        return name;
    }

    protected <T> T as(String user, Supplier<T> call) {
        accounts.signIn(user);
        try {
            return call.get();
        } finally {
            accounts.signOut();
        }
    }
}
