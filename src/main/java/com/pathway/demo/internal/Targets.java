package com.pathway.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import com.pathway.workflow.WorkflowDefinition;

/**
 * Finds, or on a database that has only its schema creates, what the clinic plugin creates at the
 * app's first start: the published clinic workflow and the project {@code PW}. The project row is
 * locked for the rest of the load, so item numbers stay gap-free next to the app's own.
 */
final class Targets {

    /** The clinic plugin's project and workflow (ClinicWorkflowPlugin); the app finds them as it left them. */
    static final String PROJECT_KEY = "PW";
    static final String PROJECT_NAME = "Patient pathway";
    static final String WORKFLOW = "clinic";
    static final String WORKFLOW_RESOURCE = "workflow/clinic.yaml";
    static final String SYSTEM = "system";

    // As the engine reads definitions: a screen field without "required" is optional.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private Targets() {
    }

    /** @param since when the fictional referrers started referring (the start of the generated period) */
    static Target prepare(Connection c, Instant now, Instant since) throws SQLException {
        if (!projectExists(c)) {
            String workflow = WORKFLOW;
            if (published(c, workflow) == null) {
                publishShippedWorkflow(c, now);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into wf_project (project_key, name, workflow_name,"
                    + " next_number, created_at) values (?, ?, ?, 1, ?)")) {
                ps.setString(1, PROJECT_KEY);
                ps.setString(2, PROJECT_NAME);
                ps.setString(3, workflow);
                ps.setObject(4, utc(now));
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select id, project_key, workflow_name, next_number from wf_project where project_key = ? for update")) {
            ps.setString(1, PROJECT_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object[] definition = published(c, rs.getString(3));
                if (definition == null) {
                    throw new IllegalStateException("Workflow " + rs.getString(3) + " has no published version");
                }
                WorkflowDefinition parsed = YAML.readValue((String) definition[1], WorkflowDefinition.class);
                Referrals referrals = referrers(c, since);
                return new Target(rs.getLong(1), rs.getString(2), rs.getLong(4), (Long) definition[0],
                        new WorkflowPaths(parsed), referrals.ids(), referrals.created());
            }
        }
    }

    /** The shipped clinic workflow, parsed: what the journey model walks when no database is involved. */
    static WorkflowDefinition shippedWorkflow() {
        return YAML.readValue(read(WORKFLOW_RESOURCE), WorkflowDefinition.class);
    }

    private static boolean projectExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from wf_project where project_key = ?")) {
            ps.setString(1, PROJECT_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The id and source of the newest published version, or null. */
    private static Object[] published(Connection c, String workflow) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, source from wf_definition where name = ?"
                + " and state = 'PUBLISHED' order by version desc")) {
            ps.setString(1, workflow);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Object[] {rs.getLong(1), rs.getString(2)} : null;
            }
        }
    }

    private static void publishShippedWorkflow(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into wf_definition (name, version, state, source,"
                + " created_at, created_by, published_at, published_by) values (?, (select coalesce(max(version), 0) + 1"
                + " from wf_definition where name = ?), 'PUBLISHED', ?, ?, ?, ?, ?)")) {
            ps.setString(1, WORKFLOW);
            ps.setString(2, WORKFLOW);
            ps.setString(3, read(WORKFLOW_RESOURCE));
            ps.setObject(4, utc(now));
            ps.setString(5, SYSTEM);
            ps.setObject(6, utc(now));
            ps.setString(7, SYSTEM);
            ps.executeUpdate();
        }
    }

    record Referrals(List<Long> ids, int created) {
    }

    /** The fictional providers' ids; those missing (by name) are added. */
    private static Referrals referrers(Connection c, Instant since) throws SQLException {
        Map<String, Long> existing = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, name from referrer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                existing.putIfAbsent(rs.getString(2), rs.getLong(1));
            }
        }
        List<Long> ids = new ArrayList<>();
        int created = 0;
        try (PreparedStatement ps = c.prepareStatement("insert into referrer (name, organisation, phone, email,"
                + " created_at) values (?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (Referrers.Provider p : Referrers.ALL) {
                Long id = existing.get(p.name());
                if (id == null) {
                    ps.setString(1, p.name());
                    ps.setString(2, p.organisation());
                    ps.setString(3, p.phone());
                    ps.setString(4, p.email());
                    ps.setObject(5, utc(since));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    created++;
                }
                ids.add(id);
            }
        }
        return new Referrals(List.copyOf(ids), created);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String read(String resource) {
        try (InputStream in = Targets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
