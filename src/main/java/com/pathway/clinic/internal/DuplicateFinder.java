package com.pathway.clinic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.pathway.clinic.DuplicateCandidate;
import com.pathway.clinic.DuplicateProbe;
import com.pathway.clinic.DuplicateReason;
import com.pathway.clinic.LeadProperties;

/**
 * Finds leads that may be the same person: the same phone (either number), the same e-mail, or a
 * similar name with the same date of birth. The database narrows by exact, indexed values; names
 * are compared here (Jaro-Winkler over names without accents), among the few leads born that day.
 */
@Component
public class DuplicateFinder {

    /** How alike two names must be (Jaro-Winkler, 0 to 1) to count as similar. */
    static final double NAME_SIMILARITY = 0.88;
    private static final int MAX_ROWS = 200;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final NamedParameterJdbcTemplate jdbc;
    private final PhoneNumbers phones;

    public DuplicateFinder(DataSource dataSource, LeadProperties properties) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.phones = new PhoneNumbers(properties.defaultRegion());
    }

    /** @param scope the leads the reader may see; no others are considered */
    public List<DuplicateCandidate> find(DuplicateProbe probe, int limit, LeadScopeSql.Condition scope) {
        Set<String> numbers = new LinkedHashSet<>();
        phones.toE164(probe.phone()).ifPresent(numbers::add);
        phones.toE164(probe.altPhone()).ifPresent(numbers::add);
        String email = email(probe.email());
        LocalDate birth = probe.dateOfBirth();
        boolean byName = birth != null && present(probe.lastName());
        if (numbers.isEmpty() && email == null && !byName) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("max", MAX_ROWS);
        List<String> any = new ArrayList<>();
        // One indexed lookup per criterion, joined by union: with "or" between the columns H2 reads every lead.
        if (!numbers.isEmpty()) {
            any.add("select id from lead where phone in (:phones)");
            any.add("select id from lead where alt_phone in (:phones)");
            params.addValue("phones", numbers);
        }
        if (email != null) {
            any.add("select id from lead where email_lower = :email");
            params.addValue("email", email);
        }
        if (byName) {
            any.add("select id from lead where date_of_birth = :birth");
            params.addValue("birth", birth);
        }
        String sql = "select l.item_key, l.first_name, l.last_name, l.date_of_birth, l.phone, l.alt_phone, l.email,"
                + " l.email_lower, l.status, l.created_at from lead l where l.id in ("
                + String.join(" union ", any) + ")";
        // A lead merged into another is that other lead now: offering it again would invite a second merge.
        sql += " and l.merged_into is null";
        if (present(probe.excludeKey())) {
            sql += " and l.item_key <> :exclude";
            params.addValue("exclude", probe.excludeKey().strip().toUpperCase(Locale.ROOT));
        }
        if (scope.sql() != null) {
            sql += " and " + scope.sql();
            params.addValues(scope.params());
        }
        sql += " order by l.created_at desc, l.id desc limit :max";
        List<DuplicateCandidate> found = new ArrayList<>();
        RowCallbackHandler collect = rs -> {
            Set<DuplicateReason> reasons = reasons(rs, numbers, email, probe);
            if (!reasons.isEmpty()) {
                found.add(candidate(rs, reasons));
            }
        };
        jdbc.query(sql, params, collect);
        return found.stream()
                .sorted(Comparator.comparingInt((DuplicateCandidate c) -> -c.reasons().size()))
                .limit(limit)
                .toList();
    }

    private static Set<DuplicateReason> reasons(ResultSet rs, Set<String> numbers, String email,
            DuplicateProbe probe) throws SQLException {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        if (numbers.contains(rs.getString("phone")) || numbers.contains(rs.getString("alt_phone"))) {
            reasons.add(DuplicateReason.SAME_PHONE);
        }
        if (email != null && email.equals(rs.getString("email_lower"))) {
            reasons.add(DuplicateReason.SAME_EMAIL);
        }
        LocalDate birth = rs.getObject("date_of_birth", LocalDate.class);
        if (birth != null && birth.equals(probe.dateOfBirth())
                && similar(probe.firstName(), probe.lastName(), rs.getString("first_name"), rs.getString("last_name"))) {
            reasons.add(DuplicateReason.SIMILAR_NAME_SAME_BIRTH_DATE);
        }
        return reasons;
    }

    /**
     * Names are similar when the last names are alike and so are the first names (or one first name
     * is only an initial, or missing); swapped first and last names count too.
     */
    static boolean similar(String first, String last, String otherFirst, String otherLast) {
        String f = plain(first);
        String l = plain(last);
        String of = plain(otherFirst);
        String ol = plain(otherLast);
        if (l.isEmpty() || ol.isEmpty()) {
            return false;
        }
        return (alike(l, ol) && firstAlike(f, of)) || (alike(l, of) && alike(f, ol));
    }

    private static boolean firstAlike(String first, String other) {
        if (first.isEmpty() || other.isEmpty()) {
            return true;
        }
        if (first.length() == 1 || other.length() == 1) {
            return first.charAt(0) == other.charAt(0);
        }
        return alike(first, other) || first.startsWith(other) || other.startsWith(first);
    }

    private static boolean alike(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && JARO_WINKLER.apply(a, b) >= NAME_SIMILARITY;
    }

    /** Lower case, without accents, spaces, hyphens or apostrophes: "O'Brien-Núñez" is "obriennunez". */
    static String plain(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String email(String email) {
        if (email == null || email.isBlank() || !email.contains("@") || email.length() > 254) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static DuplicateCandidate candidate(ResultSet rs, Set<DuplicateReason> reasons) throws SQLException {
        return new DuplicateCandidate(rs.getString("item_key"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("phone"), rs.getString("email"),
                rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), reasons);
    }
}
