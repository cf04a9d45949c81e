package com.pathway.audit;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.internal.ChainVerifier;
import com.pathway.security.Access;

/** Checks the audit trail's hash chain for administrators (the Audit trail page's banner). */
@Service
public class AuditIntegrityService {

    private final JdbcTemplate jdbc;

    public AuditIntegrityService(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Walks the whole chain; reads every chained entry once, a page at a time. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public AuditChainReport verify() {
        return jdbc.execute((java.sql.Connection connection) -> {
            try {
                return ChainVerifier.verify(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("The audit trail could not be read: " + e.getMessage(), e);
            }
        });
    }
}
