package com.pathway.clinic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.clinic.LeadFilter;
import com.pathway.clinic.LeadProperties;
import com.pathway.clinic.LeadPriority;
import com.pathway.clinic.LeadSource;
import com.pathway.clinic.LeadSummary;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.StatusCategory;

/**
 * The lead list, paged, sorted and filtered in the database: leads joined to their work items.
 * Filters compare exact values or prefixes so that the migration's indexes serve.
 */
@Component
public class LeadSearch {

    /** Sortable properties and their columns. */
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "l.created_at", "lastName", "l.last_name", "firstName", "l.first_name",
            "status", "i.status", "priority", "l.priority", "key", "i.id", "source", "l.source");

    private final NamedParameterJdbcTemplate jdbc;
    private final PhoneNumbers phones;

    public LeadSearch(DataSource dataSource, LeadProperties properties) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.phones = new PhoneNumbers(properties.defaultRegion());
    }

    /**
     * @param clinicianScope when not {@code null}, only leads in these statuses or assigned to
     *        {@code clinician} are listed (what a clinician may see)
     */
    public Page<LeadSummary> search(LeadFilter filter, Pageable pageable, Collection<String> clinicianScope,
            String clinician) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params, clinicianScope, clinician);
        String from = " from lead l join wf_item i on i.id = l.id";
        long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
        if (total == 0) {
            return Page.empty(pageable);
        }
        String sql = "select i.item_key, l.first_name, l.last_name, l.phone, l.email, i.status, i.status_category,"
                + " l.source, l.condition_of_interest, l.priority, l.coordinator, l.clinician, l.created_at"
                + from + where + orderBy(pageable.getSort());
        if (pageable.isPaged()) {
            sql += " limit :limit offset :offset";
            params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        }
        List<LeadSummary> rows = jdbc.query(sql, params, LeadSearch::row);
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * Up to {@code limit} leads from {@code offset} on, without counting them all: for going
     * through a whole filtered list page by page (exports).
     */
    public List<LeadSummary> slice(LeadFilter filter, Sort sort, long offset, int limit,
            Collection<String> clinicianScope, String clinician) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit).addValue("offset", offset);
        String sql = "select i.item_key, l.first_name, l.last_name, l.phone, l.email, i.status, i.status_category,"
                + " l.source, l.condition_of_interest, l.priority, l.coordinator, l.clinician, l.created_at"
                + " from lead l join wf_item i on i.id = l.id" + where(filter, params, clinicianScope, clinician)
                + orderBy(sort) + " limit :limit offset :offset";
        return jdbc.query(sql, params, LeadSearch::row);
    }

    private String where(LeadFilter f, MapSqlParameterSource params, Collection<String> clinicianScope,
            String clinician) {
        List<String> all = new ArrayList<>();
        if (present(f.status())) {
            all.add("i.status = :status");
            params.addValue("status", f.status().strip());
        }
        if (f.category() != null) {
            all.add("i.status_category = :category");
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
        if (f.createdFrom() != null) {
            all.add("l.created_at >= :createdFrom");
            params.addValue("createdFrom", f.createdFrom().atOffset(java.time.ZoneOffset.UTC));
        }
        if (f.createdTo() != null) {
            all.add("l.created_at < :createdTo");
            params.addValue("createdTo", f.createdTo().atOffset(java.time.ZoneOffset.UTC));
        }
        if (present(f.text())) {
            all.add(text(f.text().strip(), params));
        }
        if (clinicianScope != null) {
            all.add("(i.status in (:clinical) or l.clinician = :me)");
            params.addValue("clinical", clinicianScope).addValue("me", clinician);
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    /** A key, a phone number, an email address or the start of a name. */
    private String text(String text, MapSqlParameterSource params) {
        if (text.length() > 100) {
            throw InvalidInputException.of("text", "Search for at most 100 characters.");
        }
        if (text.matches("(?i)[a-z]{2,10}-\\d{1,18}")) {
            params.addValue("key", text.toUpperCase(Locale.ROOT));
            return "i.item_key = :key";
        }
        Optional<String> phone = text.matches("[+()\\d .-]{6,}") ? phones.toE164(text) : Optional.empty();
        if (phone.isPresent()) {
            params.addValue("phone", phone.get());
            return "(l.phone = :phone or l.alt_phone = :phone)";
        }
        String prefix = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        params.addValue("prefix", prefix);
        if (text.contains("@")) {
            return "l.email_lower like :prefix escape '\\'";
        }
        return "(l.name_lower like :prefix escape '\\' or l.last_name_lower like :prefix escape '\\'"
                + " or l.email_lower like :prefix escape '\\')";
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORTS.get(order.getProperty());
            if (column == null) {
                throw InvalidInputException.of("sort", "Sort by one of " + String.join(", ", SORTS.keySet()) + ".");
            }
            parts.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        if (parts.isEmpty()) {
            parts.add("l.created_at desc");
        }
        parts.add("l.id desc");
        return " order by " + String.join(", ", parts);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LeadSummary row(ResultSet rs, int n) throws SQLException {
        String priority = rs.getString("priority");
        return new LeadSummary(rs.getString("item_key"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("status"),
                StatusCategory.valueOf(rs.getString("status_category")), LeadSource.valueOf(rs.getString("source")),
                rs.getString("condition_of_interest"), priority == null ? null : LeadPriority.valueOf(priority),
                rs.getString("coordinator"), rs.getString("clinician"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
