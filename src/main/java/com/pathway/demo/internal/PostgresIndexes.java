package com.pathway.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For large loads on PostgreSQL: drops the secondary indexes, unique and foreign-key constraints of
 * the tables being loaded and builds them again once the rows are in, all inside the load's
 * transaction. Building an index over sorted rows once is many times faster than growing it row by
 * row, and re-adding a foreign key checks every row in one join. PostgreSQL's DDL is
 * transactional: a failed load rolls the drops back with the rows, so nothing stays disabled.
 * Primary keys stay; other sessions wait for the tables until the commit.
 */
final class PostgresIndexes {

    private PostgresIndexes() {
    }

    /** Drops them and returns the statements that build them again, in the order to run them. */
    static List<String> suspend(Connection c, List<String> tables) throws SQLException {
        List<String> fkDrops = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        String array = "{" + String.join(",", tables) + "}";
        try (PreparedStatement ps = c.prepareStatement("select conrelid::regclass::text, conname, contype,"
                + " pg_get_constraintdef(oid) from pg_constraint where contype in ('f', 'u')"
                + " and conrelid = any (?::regclass[]) order by contype, conname")) {
            ps.setString(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = quote(rs.getString(2));
                    boolean foreignKey = "f".equals(rs.getString(3));
                    (foreignKey ? fkDrops : drops).add("alter table " + table + " drop constraint " + name);
                    (foreignKey ? foreignKeys : uniques).add("alter table " + table + " add constraint " + name + " "
                            + rs.getString(4));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select i.indexrelid::regclass::text,"
                + " pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid = any (?::regclass[])"
                + " and not i.indisprimary and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)"
                + " order by 1")) {
            ps.setString(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add("drop index " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        execute(c, List.of("set local maintenance_work_mem = '256MB'"));
        // Foreign keys first: a unique constraint cannot go while a foreign key depends on it.
        execute(c, fkDrops);
        execute(c, drops);
        List<String> rebuild = new ArrayList<>(uniques);
        rebuild.addAll(indexes);
        rebuild.addAll(foreignKeys);
        return rebuild;
    }

    static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
