package com.pathway.workflow.internal;

import com.pathway.shared.ConflictException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Hands out item numbers from a project's counter ({@code wf_project.next_number}) in a short transaction
 * of its own, on a connection pool of its own. The row lock is held for one update and one read, not
 * for the whole transaction that creates the item, so items of one project are created side by side.
 *
 * <p>A number taken by a transaction that later rolls back is not given again: keys may have gaps, as
 * Jira's do, but never repeat. The pool is separate so that taking a number never waits for a connection
 * that the callers' own transactions hold (with one shared pool, every caller could hold a connection
 * while waiting for a second one).
 */
@Component
class ItemNumbers implements DisposableBean {

    private static final int POOL_SIZE = 2;

    private final HikariDataSource counters;

    ItemNumbers(DataSource dataSource) {
        this.counters = DataSourceBuilder.derivedFrom(dataSource).type(HikariDataSource.class).build();
        counters.setPoolName("item-numbers");
        counters.setMaximumPoolSize(POOL_SIZE);
        counters.setMinimumIdle(0);
        counters.setAutoCommit(false);
    }

    /** The next number of the project; committed before this returns. */
    long take(long projectId) {
        try (Connection c = counters.getConnection()) {
            try (PreparedStatement up = c.prepareStatement(
                    "update wf_project set next_number = next_number + 1 where id = ?");
                    PreparedStatement read = c.prepareStatement("select next_number from wf_project where id = ?")) {
                up.setLong(1, projectId);
                if (up.executeUpdate() != 1) {
                    throw new IllegalStateException("No project with id " + projectId);
                }
                read.setLong(1, projectId);
                long next;
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    next = rs.getLong(1);
                }
                c.commit();
                return next - 1;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ConflictException("No item number could be taken at this moment; try again.");
        }
    }

    @Override
    public void destroy() {
        counters.close();
    }
}
