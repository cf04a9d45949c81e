package com.pathway.clinic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditedSearch;
import com.pathway.audit.AuditService;
import com.pathway.board.BoardFilter;
import com.pathway.board.Card;
import com.pathway.board.CardField;
import com.pathway.board.CardPage;
import com.pathway.board.CardQuery;
import com.pathway.board.CardSource;
import com.pathway.board.Choice;
import com.pathway.board.FilterField;
import com.pathway.board.Lane;
import com.pathway.board.Person;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.treatment.CourseProgress;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.security.CurrentUser;
import com.pathway.security.UserNames;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.ReadScope;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkflowDefinition;

/**
 * Leads as cards of the clinic's board: read from the lead table alone (its read model of status and
 * time in status), under the SQL form of the clinic's one read rule ({@link LeadScopeSql}), with the
 * lead list's filters ({@link LeadSearch}). A column's page is served by the index on
 * {@code lead (status, status_changed_at)}, oldest first (closed leads newest first); its count by
 * one grouped count per board. Every card shown is audited as a listing of leads.
 */
@Component
public class LeadCards implements CardSource {

    static final String PRIORITY = "priority";
    static final String CONDITION = "condition";
    static final String SOURCE = "source";
    static final String REFERRER = "referrer";
    static final String ASSIGNEE = "assignee";
    static final String NEXT_TASK = "nextTask";
    static final String TARGET = "target";
    static final String COURSE = "course";
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("EEE MMM d, HH:mm", java.util.Locale.US);

    private static final List<CardField> FIELDS = List.of(new CardField(CardField.ASSIGNEE, "Assignee"),
            new CardField(PRIORITY, "Priority"), new CardField(CONDITION, "Condition of interest"),
            new CardField(CardField.TAGS, "Tags"), new CardField(CardField.AGE, "Time in status"),
            new CardField(NEXT_TASK, "Next task"), new CardField(TARGET, "Service-level target"),
            new CardField(COURSE, "Course progress"));

    /** The lane fields and their columns. */
    private static final Map<String, String> LANE_COLUMNS = Map.of(ASSIGNEE, "l.coordinator", SOURCE, "l.source",
            PRIORITY, "l.priority");

    private final NamedParameterJdbcTemplate jdbc;
    private final LeadSearch search;
    private final LeadScopeSql scope;
    private final LeadAccess access;
    private final ClinicStatuses statuses;
    private final LeadWriter writer;
    private final ReferrerRepository referrers;
    private final CurrentUser currentUser;
    private final UserNames userNames;
    private final AuditService audit;
    private final com.pathway.tasks.TaskService tasks;
    private final com.pathway.shared.ClinicProperties clinic;
    private final java.time.Clock clock;
    private final TreatmentService treatment;

    public LeadCards(DataSource dataSource, LeadSearch search, LeadScopeSql scope, LeadAccess access,
            ClinicStatuses statuses, LeadWriter writer, ReferrerRepository referrers, CurrentUser currentUser,
            UserNames userNames, AuditService audit, com.pathway.tasks.TaskService tasks,
            com.pathway.shared.ClinicProperties clinic, java.time.Clock clock, TreatmentService treatment) {
        this.treatment = treatment;
        this.tasks = tasks;
        this.clinic = clinic;
        this.clock = clock;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.search = search;
        this.scope = scope;
        this.access = access;
        this.statuses = statuses;
        this.writer = writer;
        this.referrers = referrers;
        this.currentUser = currentUser;
        this.userNames = userNames;
        this.audit = audit;
    }

    @Override
    public String projectKey() {
        return ClinicWorkflowPlugin.PROJECT;
    }

    @Override
    public String groupingProperty() {
        return ClinicStatuses.STAGE;
    }

    @Override
    public List<CardField> cardFields() {
        return FIELDS;
    }

    @Override
    public List<FilterField> filterFields() {
        return List.of(
                new FilterField(CONDITION, "Condition", writer.forms().conditions().stream().map(c -> new Choice(c, c)).toList()),
                new FilterField(SOURCE, "Source", Arrays.stream(LeadSource.values())
                        .map(s -> new Choice(s.name(), s.label())).toList()),
                new FilterField(REFERRER, "Referrer", referrers.findAll(PageRequest.of(0, 500, Sort.by("name", "id")))
                        .stream().map(r -> new Choice(String.valueOf(r.getId()), r.getName())).toList()));
    }

    @Override
    public List<Choice> laneFields() {
        return List.of(new Choice(ASSIGNEE, "Assignee"), new Choice(SOURCE, "Source"), new Choice(PRIORITY, "Priority"));
    }

    @Override
    public List<Lane> lanes(String laneField, BoardFilter filter, Set<String> boardStatuses) {
        String column = LANE_COLUMNS.get(laneField);
        if (column == null) {
            throw InvalidInputException.of("lane", "Draw lanes by assignee, source, priority or none.");
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params, List.copyOf(boardStatuses), Lane.ALL);
        List<String> values = jdbc.query("select distinct " + column + " as v from lead l" + where, params,
                (rs, n) -> rs.getString("v"));
        List<Lane> lanes = new ArrayList<>();
        switch (laneField) {
            case SOURCE -> Arrays.stream(LeadSource.values()).filter(s -> values.contains(s.name()))
                    .forEach(s -> lanes.add(new Lane(laneField, s.name(), s.label())));
            case PRIORITY -> Arrays.stream(LeadPriority.values()).map(p -> p).sorted((a, b) -> b.ordinal() - a.ordinal())
                    .filter(p -> values.contains(p.name()))
                    .forEach(p -> lanes.add(new Lane(laneField, p.name(), p.label())));
            default -> {
                List<String> named = values.stream().filter(v -> v != null && !v.isBlank()).sorted().toList();
                Map<String, String> names = named.size() > 500 ? Map.of() : userNames.displayNames(named);
                named.forEach(u -> lanes.add(new Lane(laneField, u, names.getOrDefault(u, u))));
                if (values.contains(null)) {
                    lanes.add(new Lane(laneField, "", "Unassigned"));
                }
            }
        }
        return lanes;
    }

    @Override
    public CardPage cards(CardQuery query) {
        return cards(List.of(query)).getFirst();
    }

    /**
     * One page query per column, then the cards of all pages made at once: one lookup of assignees'
     * names, one of next tasks, and one audit entry (split only when the keys are many).
     */
    @Override
    public List<CardPage> cards(List<CardQuery> queries) {
        List<CardPage> pages = cardsUnrecorded(queries);
        recordShown(keysOf(pages), searched(queries), false);
        return pages;
    }

    /**
     * Coordinators and managers read every lead: viewers with the same roles see the same board under the same
     * filter, unless it asks for their own leads ("mine"). A clinician's board is theirs (their own leads and
     * emergency accesses).
     */
    @Override
    public Optional<Object> sharedView(BoardFilter filter) {
        if (filter.mine() || !access.scope().all()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(new java.util.TreeSet<>(currentUser.roles())));
    }

    /**
     * Every read can be made unrecorded and recorded after, shared or not (a board's refresh records only new
     * cards).
     */
    @Override
    public boolean recordsShownApart() {
        return true;
    }

    /**
     * A board's cards shown to this viewer: recorded outside any transaction, committed together with the
     * other viewers' entries of the same moment (the boards of a shared read refresh on one tick).
     */
    @Override
    public void recordShown(List<CardPage> pages, BoardFilter filter) {
        recordShown(keysOf(pages), filter == null ? null : filter.text(), true);
    }

    private static List<String> keysOf(List<CardPage> pages) {
        return pages.stream().flatMap(p -> p.cards().stream()).map(Card::key).toList();
    }

    /**
     * The audit of cards shown: one entry listing their keys (with the fact of a search, never its text), in the
     * caller's transaction or, {@code together}, committed with other viewers' entries of the same moment.
     */
    private void recordShown(List<String> keys, String searched, boolean together) {
        if (keys.isEmpty()) {
            return;
        }
        AuditRecord listed = new AuditRecord("LEADS_LISTED", null, "LEAD", null, AuditOutcome.SUCCESS, null,
                AuditedSearch.with(Map.of("shown", keys.size(), "purpose", "board"), searched));
        if (together) {
            audit.recordWithKeysCommittedTogether(listed, keys);
        } else {
            audit.recordWithKeys(listed, keys);
        }
    }

    private static String searched(List<CardQuery> queries) {
        return queries.stream().map(q -> q.filter() == null ? null : q.filter().text())
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
    }

    @Override
    public List<CardPage> cardsUnrecorded(List<CardQuery> queries) {
        List<List<Row>> pages = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        WorkflowDefinition definition = statuses.definition();
        for (CardQuery query : queries) {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String where = where(query.filter(), params, query.statuses(), query.lane());
            long total = query.knownTotal() != null ? query.knownTotal()
                    : jdbc.queryForObject("select count(*) from lead l" + where, params, Long.class);
            totals.add(total);
            if (total == 0) {
                pages.add(List.of());
                continue;
            }
            boolean done = query.statuses().stream().allMatch(s -> definition.status(s)
                    .map(st -> st.statusCategory() == StatusCategory.DONE).orElse(false));
            String direction = done ? " desc" : " asc";
            // A column of one status is ordered by it first, which changes nothing (it is the same for every card)
            // but lets the database read the page from the index (status, status_changed_at): H2 otherwise reads
            // and sorts every lead of the status, 8,564 for the small benchmark's Closed column to show 20.
            String byStatus = query.statuses().size() == 1 ? "l.status" + direction + ", " : "";
            params.addValue("limit", query.limit()).addValue("offset", query.offset());
            pages.add(jdbc.query(select(params) + " from lead l" + where + " order by " + byStatus
                    + "l.status_changed_at" + direction + ", l.id" + direction + " limit :limit offset :offset", params,
                    LeadCards::row));
        }
        List<Card> all = made(pages.stream().flatMap(List::stream).toList());
        List<CardPage> answer = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < pages.size(); i++) {
            int size = pages.get(i).size();
            answer.add(new CardPage(all.subList(from, from + size), totals.get(i)));
            from += size;
        }
        return answer;
    }

    @Override
    public Map<String, Long> countByStatus(Set<String> boardStatuses, BoardFilter filter, Lane lane) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        // Grouped by status, the board's statuses need no condition of their own: the other statuses' groups are
        // left out here (at 100,000 leads the condition cost a third of the count on PostgreSQL).
        String where = where(filter, params, null, lane);
        Set<String> wanted = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(boardStatuses);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select l.status, count(*) as n from lead l" + where + " group by l.status", params,
                rs -> {
                    String status = rs.getString("status");
                    if (status != null && wanted.contains(status)) {
                        counts.put(status, rs.getLong("n"));
                    }
                });
        return counts;
    }

    @Override
    public Set<String> statusesInScope() {
        ReadScope readScope = access.scope();
        if (readScope.all()) {
            return new LinkedHashSet<>(statuses.statuses());
        }
        Set<String> inScope = new LinkedHashSet<>();
        readScope.statusFlags().forEach(flag -> inScope.addAll(statuses.definition().statusesFlagged(flag)));
        return inScope;
    }

    @Override
    public Optional<Card> card(String key) {
        if (key == null || !key.matches("(?i)[a-z]{2,10}-\\d{1,18}")) {
            return Optional.empty();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(LeadFilter.text(key), params, null, Lane.ALL);
        List<Row> rows = jdbc.query(select(params) + " from lead l" + where, params, LeadCards::row);
        List<Card> cards = made(rows);
        recordShown(cards.stream().map(Card::key).toList(), null, false);
        return cards.stream().findFirst();
    }

    @Override
    public String itemRoute(String key) {
        return "leads/" + key;
    }

    private String select(MapSqlParameterSource params) {
        return "select l.item_key, l.first_name, l.last_name, l.status, l.status_changed_at, l.coordinator,"
                + " l.priority, l.condition_of_interest, l.tags, l.sla_due_at, case when " + search.overdueCondition(params)
                + " then 1 else 0 end as overdue";
    }

    /** The list's own conditions (filters and read rule), and the board's: statuses, unassigned, lane. */
    private String where(BoardFilter filter, MapSqlParameterSource params, List<String> columnStatuses, Lane lane) {
        return where(leadFilter(filter), params, columnStatuses, lane, filter.unassigned());
    }

    private String where(LeadFilter filter, MapSqlParameterSource params, List<String> columnStatuses, Lane lane) {
        return where(filter, params, columnStatuses, lane, false);
    }

    private String where(LeadFilter filter, MapSqlParameterSource params, List<String> columnStatuses, Lane lane,
            boolean unassigned) {
        String overdueNow = filter.overdue() ? search.overdueCondition(params) : "1 = 0";
        List<String> all = new ArrayList<>();
        String listed = search.where(filter, params, scope.current(), overdueNow);
        if (!listed.isEmpty()) {
            all.add(listed.substring(" where ".length()));
        }
        if (columnStatuses != null) {
            all.add("l.status in (:boardStatuses)");
            params.addValue("boardStatuses", columnStatuses.isEmpty() ? List.of("") : columnStatuses);
        }
        if (unassigned) {
            all.add("l.coordinator is null");
        }
        if (!lane.isAll()) {
            String column = LANE_COLUMNS.get(lane.field());
            if (column == null) {
                throw InvalidInputException.of("lane", "Draw lanes by assignee, source, priority or none.");
            }
            if (lane.value() == null || lane.value().isEmpty()) {
                all.add(column + " is null");
            } else {
                all.add(column + " = :laneValue");
                params.addValue("laneValue", lane.value());
            }
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    private LeadFilter leadFilter(BoardFilter f) {
        LeadSource source = null;
        if (f.field(SOURCE) != null) {
            try {
                source = LeadSource.valueOf(f.field(SOURCE).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(SOURCE, "Choose one of the sources.");
            }
        }
        Long referrer = null;
        if (f.field(REFERRER) != null) {
            try {
                referrer = Long.valueOf(f.field(REFERRER));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(REFERRER, "Choose one of the referrers.");
            }
        }
        String assignee = f.mine() ? currentUser.username().orElse("") : null;
        LeadFilter filter = new LeadFilter(null, null, assignee, source, f.field(CONDITION), referrer, null, null,
                f.text());
        return f.overdue() ? filter.onlyOverdue() : filter;
    }

    /** The cards of these rows (their audit is {@link #recordShown}). */
    private List<Card> made(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> assignees = new LinkedHashSet<>();
        rows.stream().map(Row::coordinator).filter(c -> c != null).forEach(assignees::add);
        Map<String, String> names = userNames.displayNames(assignees);
        Map<String, com.pathway.tasks.TaskView> nextTasks = tasks.nextDueTasksByKey(rows.stream().map(Row::key).toList());
        Map<String, CourseProgress> progress = treatment.progressOf(rows.stream().map(Row::key).toList());
        java.time.Instant now = clock.instant();
        WorkflowDefinition definition = statuses.definition();
        return rows.stream().map(r -> {
            Map<String, String> facts = new LinkedHashMap<>();
            if (r.priority() != null) {
                facts.put(PRIORITY, LeadPriority.valueOf(r.priority()).label());
            }
            if (r.condition() != null) {
                facts.put(CONDITION, r.condition());
            }
            com.pathway.tasks.TaskView next = nextTasks.get(r.key());
            if (next != null) {
                facts.put(NEXT_TASK, (next.overdueAt(now) ? "Overdue: " : "Next: ") + next.title() + " · "
                        + WHEN.format(next.dueAt().atZone(clinic.timeZone())));
            }
            CourseProgress course = progress.get(r.key());
            if (course != null) {
                facts.put(COURSE, "Course " + course.line());
            }
            if (r.slaDueAt() != null) {
                java.time.Instant due = r.slaDueAt().toInstant();
                facts.put(TARGET, due.isBefore(now) ? "Target missed" : "Target " + WHEN.format(due.atZone(clinic.timeZone())));
            }
            Person assignee = r.coordinator() == null ? null : new Person(r.coordinator(), names.get(r.coordinator()));
            List<String> tags = r.tags() == null ? List.of()
                    : Arrays.stream(r.tags().split(",")).filter(t -> !t.isBlank()).toList();
            String name = ((r.firstName() == null ? "" : r.firstName()) + " " + (r.lastName() == null ? "" : r.lastName()))
                    .strip();
            return new Card(r.key(), name, r.status(), r.statusChangedAt().toInstant(),
                    ClinicStatuses.overdueLimit(definition, r.status()).orElse(null), r.overdue(), assignee, facts,
                    tags);
        }).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("item_key"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("status"), rs.getObject("status_changed_at", OffsetDateTime.class),
                rs.getString("coordinator"), rs.getString("priority"), rs.getString("condition_of_interest"),
                rs.getString("tags"), rs.getObject("sla_due_at", OffsetDateTime.class), rs.getInt("overdue") == 1);
    }

    private record Row(String key, String firstName, String lastName, String status, OffsetDateTime statusChangedAt,
            String coordinator, String priority, String condition, String tags, OffsetDateTime slaDueAt,
            boolean overdue) {
    }
}
