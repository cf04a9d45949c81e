package com.pathway.audit;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.pathway.audit.internal.AuditSealer;
import com.pathway.audit.internal.ChainVerifier;
import com.pathway.security.Access;

/** Checks the audit trail's hash chain for administrators (the Audit trail page's banner). */
@Service
public class AuditIntegrityService {

    private final JdbcTemplate jdbc;
    private final AuditSealer sealer;

    public AuditIntegrityService(DataSource dataSource, AuditSealer sealer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.sealer = sealer;
    }

    /**
     * Links the entries written so far, then walks the whole chain; reads every chained entry once, a page at a
     * time. Not in a transaction of its own: the linking commits first, and the walk reads what is committed.
     */
    @PreAuthorize(Access.ADMIN)
    public AuditChainReport verify() {
        sealer.sealNow();
        return jdbc.execute((ConnectionCallback<AuditChainReport>) connection -> {
            try {
                return ChainVerifier.verify(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("The audit trail could not be read: " + e.getMessage(), e);
            }
        });
    }
}
