package com.pathway.clinic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.clinic.ClinicWorkflow;
import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadStages;
import com.pathway.clinic.LeadProperties;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.LeadSummary;
import com.pathway.clinic.ReachedStage;
import com.pathway.shared.ClinicProperties;
import com.pathway.shared.Databases;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.StatusCategory;

/**
 * The lead list, paged, sorted and filtered in the database, from the lead table alone (its copy of
 * each item's key and status is kept by {@link LeadStatusReadModel}); what the reader may see is the
 * SQL form of the clinic's one read rule ({@link LeadScopeSql}). Filters compare exact values or
 * prefixes so that the indexes serve (docs/lead-list-performance.md).
 */
@Component
public class LeadSearch {

    /** Sortable properties and their columns. */
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "l.created_at", "lastName", "l.last_name", "firstName", "l.first_name",
            "status", "l.status", "priority", "l.priority", "key", "l.id", "source", "l.source",
            "nextAppointment", "a.starts_at", "slaDueAt", "l.sla_due_at");

    /** The column of each sorted column in the rows read. */
    private static final Map<String, String> RESULT_COLUMNS = Map.of(
            "l.created_at", "created_at", "l.last_name", "last_name", "l.first_name", "first_name",
            "l.status", "status", "l.priority", "priority", "l.id", "lead_id", "l.source", "source",
            "a.starts_at", "next_appointment", "l.sla_due_at", "sla_due_at");

    /** Sorted columns that may be empty: empty values come last in either direction, on every database. */
    private static final java.util.Set<String> NULLABLE_SORTS = java.util.Set.of("a.starts_at", "l.sla_due_at");

    private static final String FROM = " from lead l";
    /** A lead's key, as a search finds it. */
    private static final String KEY = "(?i)[a-z]{2,10}-\\d{1,18}";
    /** A search text of phone characters alone: searched as (part of) a phone number when it has digits enough. */
    private static final String PHONE_CHARACTERS = "[+()\\d .-]+";
    /** The longest search text. */
    private static final int MAX_TEXT = 100;
    /** Fewer digits than this are not searched as part of a phone number: they would match nearly everyone. */
    static final int MIN_PHONE_DIGITS = 4;

    private final NamedParameterJdbcTemplate jdbc;
    private final PhoneNumbers phones;
    private final ClinicStatuses statuses;
    private final ClinicWorkflow workflow;
    private final Clock clock;
    private final ZoneId zone;
    /** Whether the database is PostgreSQL (else H2, in PostgreSQL mode); asked on first use. */
    private volatile Boolean postgres;

    public LeadSearch(DataSource dataSource, LeadProperties properties, ClinicProperties clinic,
            ClinicStatuses statuses, ClinicWorkflow workflow, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.phones = new PhoneNumbers(properties.defaultRegion());
        this.statuses = statuses;
        this.workflow = workflow;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /**
     * How many leads match, counting at most {@code bound + 1}: the count reads no further than that
     * ({@code limit} in a subquery), so a broad filter over a million leads costs no more than a narrow
     * one. A result above {@code bound} means "more than {@code bound}".
     * <p>
     * A filter by status, stage, category or overdue counts from the newest lead back. Open leads are the recent
     * ones, but the database cannot know that: counting in no order, PostgreSQL reads a million leads from the
     * oldest (by the source's index, or the table) and passes most of them before it has found the bound's open
     * ones; from the newest, the index on (category, arrival) or (status, arrival) finds them in the first rows it
     * reads. A text search keeps no order: its three prefix indexes serve it better than reading by arrival (on H2
     * read as ranges, {@link #startByRanges}).
     */
    public long countUpTo(LeadFilter filter, long bound, LeadScopeSql.Condition scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String overdueNow = overdueCondition(params);
        String started = present(filter.text()) && !postgres() ? startByRanges(filter.text().strip(), params) : null;
        String from = started == null ? FROM : started;
        String where = where(started == null ? filter : filter.withText(null), params, scope, overdueNow);
        params.addValue("bound", bound + 1);
        String newestFirst = byState(filter) && !present(filter.text()) ? " order by l.created_at desc" : "";
        return jdbc.queryForObject("select count(*) from (select 1 as one" + from + where + newestFirst
                + " limit :bound) matching", params, Long.class);
    }

    /** Whether the filter narrows by where leads are in the workflow. */
    private static boolean byState(LeadFilter f) {
        return f.category() != null || !f.statuses().isEmpty() || present(f.stage()) || f.overdue();
    }

    /**
     * The leads of these keys the reader may see, in {@code sort} order; keys of leads out of the
     * reader's scope (or of none) are left out.
     */
    public List<LeadSummary> byKeys(Collection<String> keys, Sort sort, LeadScopeSql.Condition scope) {
        if (keys.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String overdueNow = overdueCondition(params);
        String where = where(LeadFilter.none(), params, scope, overdueNow);
        params.addValue("keys", keys.stream().map(k -> k.strip().toUpperCase(Locale.ROOT)).distinct().toList());
        where = (where.isEmpty() ? " where " : where + " and ") + "l.item_key in (:keys)";
        return rows(params, overdueNow, where, sort, 0, -1);
    }

    /** @param scope the leads the reader may see */
    public Page<LeadSummary> search(LeadFilter filter, Pageable pageable, LeadScopeSql.Condition scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String overdueNow = overdueCondition(params);
        String where = where(filter, params, scope, overdueNow);
        long total = jdbc.queryForObject("select count(*)" + FROM + where, params, Long.class);
        if (total == 0) {
            return Page.empty(pageable);
        }
        return new PageImpl<>(rows(params, overdueNow, where, pageable, 0), pageable, total);
    }

    /**
     * Like {@link #search} without the count: one query of the page and one row more, which tells
     * whether another page follows. For the lazy grid, where counting a million leads per scroll
     * would cost more than the page itself.
     */
    public Slice<LeadSummary> slice(LeadFilter filter, Pageable pageable, LeadScopeSql.Condition scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String overdueNow = overdueCondition(params);
        String where = where(filter, params, scope, overdueNow);
        List<LeadSummary> rows = rows(params, overdueNow, where, pageable, 1);
        boolean more = pageable.isPaged() && rows.size() > pageable.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, pageable.getPageSize()) : rows, pageable, more);
    }

    private List<LeadSummary> rows(MapSqlParameterSource params, String overdueNow, String where, Pageable pageable,
            int extra) {
        return pageable.isPaged()
                ? rows(params, overdueNow, where, pageable.getSort(), pageable.getOffset(), pageable.getPageSize() + extra)
                : rows(params, overdueNow, where, pageable.getSort(), 0, -1);
    }

    /** The rows of one page; a negative {@code limit} reads to the end. */
    private List<LeadSummary> rows(MapSqlParameterSource params, String overdueNow, String where, Sort sort,
            long offset, int limit) {
        return rows(params, overdueNow, where, sort, offset, limit, LeadSearch::row);
    }

    private <T> List<T> rows(MapSqlParameterSource params, String overdueNow, String where, Sort sort,
            long offset, int limit, org.springframework.jdbc.core.RowMapper<T> mapper) {
        String sql = "select l.id as lead_id, l.item_key, l.first_name, l.last_name, l.phone, l.email, l.status, l.status_category,"
                + " l.source, l.condition_of_interest, l.priority, l.coordinator, l.clinician, l.created_at,"
                + " case when " + overdueNow + " then 1 else 0 end as overdue,"
                + " l.resolution, l.status_changed_at, r.name as referrer_name,"
                + " r.organisation as referrer_organisation, l.campaign_source, l.campaign_medium, l.campaign_name,"
                + " a.starts_at as next_appointment, l.sla_due_at"
                // The referrer by its primary key, one row per lead at most: the count and the filters need no join.
                + FROM + " left join referrer r on r.id = l.referrer_id"
                // A lead's appointment that is not cancelled (one at most), while it is still to come.
                + " left join lead_appointment a on a.lead_id = l.id and a.cancelled = false and a.starts_at > :appointmentsAfter"
                + where + orderBy(sort);
        params.addValue("appointmentsAfter", clock.instant().atOffset(ZoneOffset.UTC));
        if (limit >= 0) {
            sql += " limit :limit offset :offset";
            params.addValue("limit", limit).addValue("offset", offset);
        }
        return jdbc.query(sql, params, mapper);
    }

    /**
     * Where a page ends in the list's order: the last row's value of the sorted property (null for a lead
     * without one, which sorts last) and its id, which breaks ties in the same direction.
     */
    public record Position(Object value, long id) {
    }

    /** One page read by position: its rows, and where it ends when more rows follow (else null). */
    public record Keyset(List<LeadSummary> rows, Position next) {
    }

    /**
     * Up to {@code size} leads after {@code after} (null from the start) in the order of {@code order},
     * skipping {@code offset} more rows first, and the position of the last one when more follow. A page
     * after a position is one index range read: {@code (column, id) > (value, id)} on the indexes of
     * (column, id), however deep the page; only {@code offset} rows cost a row each.
     */
    public Keyset keyset(LeadFilter filter, Sort.Order order, Position after, long offset, int size,
            LeadScopeSql.Condition scope) {
        String column = column(order.getProperty());
        MapSqlParameterSource params = new MapSqlParameterSource();
        String overdueNow = overdueCondition(params);
        String where = where(filter, params, scope, overdueNow);
        if (after != null) {
            where = (where.isEmpty() ? " where " : where + " and ") + after(column, order.isAscending(), after, params);
        }
        String valueColumn = RESULT_COLUMNS.get(column);
        List<Object[]> found = rows(params, overdueNow, where, Sort.by(order), offset, size + 1,
                (rs, n) -> new Object[] {row(rs, n), position(rs, valueColumn)});
        boolean more = found.size() > size;
        List<Object[]> shown = more ? found.subList(0, size) : found;
        return new Keyset(shown.stream().map(r -> (LeadSummary) r[0]).toList(),
                more ? (Position) shown.getLast()[1] : null);
    }

    /** The sorted column of a property of {@link #SORTS}; 422 naming {@code sort} for any other. */
    private static String column(String property) {
        String column = SORTS.get(property);
        if (column == null) {
            throw InvalidInputException.of("sort", "Sort by one of " + String.join(", ", SORTS.keySet()) + ".");
        }
        return column;
    }

    /**
     * The rows after a position, as one comparison of (column, id) row values that an index on
     * (column, id) answers in either direction; empty values sort last.
     */
    private static String after(String column, boolean ascending, Position after, MapSqlParameterSource params) {
        String op = ascending ? " > " : " < ";
        params.addValue("afterId", after.id());
        if (column.equals("l.id")) {
            return "l.id" + op + ":afterId";
        }
        boolean nullable = NULLABLE_SORTS.contains(column);
        if (after.value() == null) {
            if (!nullable) {
                throw new IllegalArgumentException("No empty value sorts by " + column);
            }
            return "(" + column + " is null and l.id" + op + ":afterId)";
        }
        Object value = after.value() instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : after.value();
        params.addValue("afterValue", value);
        String rows = "(" + column + ", l.id)" + op + "(:afterValue, :afterId)";
        return nullable ? "(" + rows + " or " + column + " is null)" : rows;
    }

    private static Position position(ResultSet rs, String valueColumn) throws SQLException {
        long id = rs.getLong("lead_id");
        Object value = switch (valueColumn) {
            case "lead_id" -> null;
            case "created_at", "next_appointment", "sla_due_at" -> instant(rs, valueColumn);
            default -> rs.getString(valueColumn);
        };
        return new Position(value, id);
    }

    /**
     * The leads whose history shows they entered a status of the stage or of a later one, the funnel's rule;
     * with a range, the first such step falls in it (when the lead first got that far, as the cumulative flow
     * counts). Leads merged into another or closed as duplicates never count.
     * An unknown stage or an empty range is refused by parameter name.
     */
    String reached(ReachedStage r, MapSqlParameterSource params) {
        LeadStages stages = workflow.stages();
        List<String> reaching = stages.statusesReaching(r.stage()).orElseThrow(() -> InvalidInputException.of(
                "reached", "No stage is called \"" + r.stage() + "\"; use one of " + String.join(", ", stages.names())
                        + "."));
        if (r.from() != null && r.to() != null && !r.from().isBefore(r.to())) {
            throw InvalidInputException.of("reachedTo", "The end of the reached range comes before its start.");
        }
        List<String> parts = new ArrayList<>();
        parts.add("l.merged_into is null");
        if (!stages.duplicateResolutions().isEmpty()) {
            parts.add("(l.resolution is null or l.resolution not in (:reachedDuplicates))");
            params.addValue("reachedDuplicates", stages.duplicateResolutions());
        }
        params.addValue("reachedStatuses", reaching);
        String history = " from wf_history h where h.item_id = l.id and h.to_status in (:reachedStatuses))";
        if (r.from() == null && r.to() == null) {
            parts.add("exists (select 1" + history);
        }
        if (r.from() != null) {
            parts.add("(select min(h.occurred_at)" + history + " >= :reachedFrom");
            params.addValue("reachedFrom", r.from().atOffset(ZoneOffset.UTC));
        }
        if (r.to() != null) {
            parts.add("(select min(h.occurred_at)" + history + " < :reachedTo");
            params.addValue("reachedTo", r.to().atOffset(ZoneOffset.UTC));
        }
        return "(" + String.join(" and ", parts) + ")";
    }

    /**
     * True for a lead whose open status has a limit that its stay exceeds: one comparison of
     * {@code status_changed_at} per limited status, served by the index on (status, status_changed_at).
     */
    String overdueCondition(MapSqlParameterSource params) {
        List<String> parts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Instant> cutoff : statuses.overdueCutoffs(clock.instant()).entrySet()) {
            parts.add("(l.status = :overdueStatus" + n + " and l.status_changed_at < :overdueBefore" + n + ")");
            params.addValue("overdueStatus" + n, cutoff.getKey())
                    .addValue("overdueBefore" + n, cutoff.getValue().atOffset(ZoneOffset.UTC));
            n++;
        }
        return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
    }

    /**
     * Up to {@code limit} leads from {@code offset} on, without counting them all: for going
     * through a whole filtered list page by page (exports).
     */
    public List<LeadSummary> slice(LeadFilter filter, Sort sort, long offset, int limit,
            LeadScopeSql.Condition scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String overdueNow = overdueCondition(params);
        String where = where(filter, params, scope, overdueNow);
        return rows(params, overdueNow, where, sort, offset, limit);
    }

    String where(LeadFilter f, MapSqlParameterSource params, LeadScopeSql.Condition scope,
            String overdueNow) {
        List<String> all = new ArrayList<>();
        if (f.overdue()) {
            all.add(overdueNow);
        }
        if (!f.statuses().isEmpty()) {
            all.add("l.status in (:statuses)");
            params.addValue("statuses", f.statuses());
        }
        if (present(f.stage())) {
            all.add("l.status in (:stageStatuses)");
            params.addValue("stageStatuses", statuses.statusesOfStage(f.stage()));
        }
        if (f.category() != null) {
            all.add("l.status_category = :category");
            params.addValue("category", f.category().name());
        }
        if (present(f.assignee())) {
            all.add("(l.coordinator = :assignee or l.clinician = :assignee)");
            params.addValue("assignee", f.assignee().strip().toLowerCase(Locale.ROOT));
        }
        if (f.source() != null) {
            all.add("l.source = :source");
            params.addValue("source", f.source().name());
        }
        if (present(f.conditionOfInterest())) {
            all.add("l.condition_of_interest = :condition");
            params.addValue("condition", f.conditionOfInterest().strip());
        }
        if (f.referrerId() != null) {
            all.add("l.referrer_id = :referrer");
            params.addValue("referrer", f.referrerId());
        }
        if (f.campaign() != null) {
            all.add("l.campaign_name = :campaign");
            params.addValue("campaign", f.campaign());
        }
        if (f.createdFrom() != null) {
            all.add("l.created_at >= :createdFrom");
            params.addValue("createdFrom", f.createdFrom().atOffset(ZoneOffset.UTC));
        }
        if (f.createdTo() != null) {
            all.add("l.created_at < :createdTo");
            params.addValue("createdTo", f.createdTo().atOffset(ZoneOffset.UTC));
        }
        if (f.created() != null) {
            all.add("l.created_at >= :createdSince");
            params.addValue("createdSince", f.created().since(clock.instant(), zone).atOffset(ZoneOffset.UTC));
        }
        if (present(f.text())) {
            all.add(text(f.text().strip(), params));
        }
        if (f.reached() != null) {
            all.add(reached(f.reached(), params));
        }
        if (scope.sql() != null) {
            all.add(scope.sql());
            params.addValues(scope.params());
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    /**
     * A key, a whole phone number (matched exactly, by index), part of a phone number (text of phone
     * characters with at least {@value #MIN_PHONE_DIGITS} digits, matched anywhere in
     * {@code phone_digits}), an email address or the start of a name.
     */
    private String text(String text, MapSqlParameterSource params) {
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "Search for at most " + MAX_TEXT + " characters.");
        }
        if (text.matches(KEY)) {
            params.addValue("key", text.toUpperCase(Locale.ROOT));
            return "l.item_key = :key";
        }
        String digits = text.replaceAll("\\D", "");
        // A whole number (ten digits or more) is matched exactly. A part of one, however the parser reads it, is
        // searched as a part: "310-0177" is also a complete number to the phone library (+1 310 0177).
        Optional<String> phone = text.matches("[+()\\d .-]{6,}") && digits.length() >= 10
                ? phones.toE164(text) : Optional.empty();
        if (phone.isPresent()) {
            params.addValue("phone", phone.get());
            return "(l.phone = :phone or l.alt_phone = :phone)";
        }
        if (text.matches(PHONE_CHARACTERS) && digits.length() >= MIN_PHONE_DIGITS) {
            // A contains-search: on PostgreSQL the trigram index of V24 serves it, elsewhere it reads the table.
            params.addValue("digits", "%" + digits + "%");
            return "l.phone_digits like :digits";
        }
        String prefix = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        params.addValue("prefix", prefix);
        if (text.contains("@")) {
            return "l.email_lower like :prefix escape '\\'";
        }
        return "(l.name_lower like :prefix escape '\\' or l.last_name_lower like :prefix escape '\\'"
                + " or l.email_lower like :prefix escape '\\')";
    }

    /**
     * For counting on H2, the leads whose name, last name or email address starts with {@code text}, as a
     * {@code from} clause; null for a search {@link #text} reads otherwise (a key, a phone number, an address, a
     * text too long). Each column's index is read as the range from the lowered text up to the next one (its last
     * character one higher), the same set as {@code like} in H2's order of characters; the three ranges are
     * joined by {@code union} in a derived table that comes first, so that H2 reads it once and then each lead by
     * its key. H2 reads no index for {@code like} with a parameter, nor for an {@code or} over columns: counting a
     * search read every lead and made the pattern anew for each (a tenth of the application's processor time
     * under the realistic UI load). Not {@code l.id in (… union …)}: H2 never keeps the result of a
     * {@code union} and ran the three reads again for every lead it checked, which under that load emptied the
     * connection pool. Only the count: for a page in the list's order H2 may read the order's index and look each
     * lead up in the ranges, slower than {@code like} for a rare name. PostgreSQL keeps {@code like}: its order of
     * text follows the collation, where a range is not the same set, and its prefix indexes serve {@code like}.
     */
    private static String startByRanges(String text, MapSqlParameterSource params) {
        String lower = text.toLowerCase(Locale.ROOT);
        char last = lower.isEmpty() ? Character.MAX_VALUE : lower.charAt(lower.length() - 1);
        if (text.length() > MAX_TEXT || text.contains("@") || last == Character.MAX_VALUE || text.matches(KEY)
                || text.matches(PHONE_CHARACTERS)) {
            return null;
        }
        params.addValue("prefixFrom", lower)
                .addValue("prefixBefore", lower.substring(0, lower.length() - 1) + (char) (last + 1));
        return " from (" + String.join(" union ", Stream.of("name_lower", "last_name_lower", "email_lower")
                .map(c -> "select p.id from lead p where " + range("p." + c)).toList())
                + ") started join lead l on l.id = started.id";
    }

    private static String range(String column) {
        return column + " >= :prefixFrom and " + column + " < :prefixBefore";
    }

    /** Whether the database is PostgreSQL (else H2, in PostgreSQL mode); asked once. */
    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Databases.isPostgres(jdbc.getJdbcTemplate().getDataSource());
            postgres = known;
        }
        return known;
    }

    /**
     * The chosen order, then the id in the same direction: so that an index on (column, id) serves
     * either direction.
     */
    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        String tieBreak = "l.id desc";
        for (Sort.Order order : sort) {
            String column = SORTS.get(order.getProperty());
            if (column == null) {
                throw InvalidInputException.of("sort", "Sort by one of " + String.join(", ", SORTS.keySet()) + ".");
            }
            String direction = order.isAscending() ? " asc" : " desc";
            parts.add(column + direction + (NULLABLE_SORTS.contains(column) ? " nulls last" : ""));
            if (parts.size() == 1) {
                tieBreak = "l.id" + direction;
            }
        }
        if (parts.isEmpty()) {
            parts.add("l.created_at desc");
        }
        if (!parts.getFirst().startsWith("l.id")) {
            parts.add(tieBreak);
        }
        return " order by " + String.join(", ", parts);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static LeadSummary row(ResultSet rs, int n) throws SQLException {
        String priority = rs.getString("priority");
        return new LeadSummary(rs.getString("item_key"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("status"),
                StatusCategory.valueOf(rs.getString("status_category")), LeadSource.valueOf(rs.getString("source")),
                rs.getString("condition_of_interest"), priority == null ? null : LeadPriority.valueOf(priority),
                rs.getString("coordinator"), rs.getString("clinician"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("overdue") == 1,
                rs.getString("resolution"), rs.getObject("status_changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("referrer_name"), rs.getString("referrer_organisation"), rs.getString("campaign_source"),
                rs.getString("campaign_medium"), rs.getString("campaign_name"),
                rs.getObject("next_appointment") == null ? null
                        : rs.getObject("next_appointment", OffsetDateTime.class).toInstant(),
                instant(rs, "sla_due_at"));
    }
}
