package com.pathway.workflow.internal;

import com.pathway.shared.ConflictException;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.stereotype.Component;

/**
 * Hands out item numbers from a project's counter ({@code wf_project.next_number}). The counter is moved
 * {@link #BLOCK} numbers at a time, in a short transaction of its own on a connection pool of its own, and
 * the numbers of that block are handed out from memory: the row lock is held for one update and one read,
 * never for the transaction that creates the item, so items of one project are created side by side, and
 * only one item in {@link #BLOCK} pays for the counter's commit (on H2 a commit writes the store to disk,
 * which was a fifth of a web inquiry's processor time with one commit per item).
 *
 * <p>Numbers are never given twice: a block is taken from the counter before any of it is used, and every
 * other writer of the counter (the demo data's loader) starts after it. Keys may have gaps, as Jira's do: a
 * number taken by a transaction that later rolls back is not given again, and the numbers of a block still
 * unused when the application stops are skipped. Within one running application they follow each other.
 * The pool is separate so that taking a number never waits for a connection that the callers' own
 * transactions hold (with one shared pool, every caller could hold a connection while waiting for a second
 * one).
 */
@Component
class ItemNumbers implements DisposableBean {

    /** How many numbers one move of the counter reserves: at most this many minus one are skipped at a stop. */
    static final int BLOCK = 16;
    private static final int POOL_SIZE = 2;

    private final HikariDataSource counters;
    private final Map<Long, Block> blocks = new ConcurrentHashMap<>();

    ItemNumbers(DataSource dataSource) {
        this.counters = DataSourceBuilder.derivedFrom(dataSource).type(HikariDataSource.class).build();
        counters.setPoolName("item-numbers");
        counters.setMaximumPoolSize(POOL_SIZE);
        counters.setMinimumIdle(0);
        counters.setAutoCommit(false);
    }

    /** The next number of the project, from its block in memory or from a new block, committed before this returns. */
    long take(long projectId) {
        Block block = blocks.computeIfAbsent(projectId, id -> new Block());
        synchronized (block) {
            if (block.next == block.end) {
                block.next = reserve(projectId);
                block.end = block.next + BLOCK;
            }
            return block.next++;
        }
    }

    /** Moves the project's counter by a block and gives the block's first number. */
    private long reserve(long projectId) {
        try (Connection c = counters.getConnection()) {
            try (PreparedStatement up = c.prepareStatement(
                    "update wf_project set next_number = next_number + " + BLOCK + " where id = ?");
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
                return next - BLOCK;
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

    /** The numbers reserved and not handed out yet: {@code next} (inclusive) to {@code end} (exclusive). */
    private static final class Block {
        long next;
        long end;
    }
}
