package com.pathway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.NewUser;
import com.pathway.security.Role;
import com.pathway.security.UserService;
import com.pathway.shared.InvalidInputException;
import com.pathway.support.TestAccounts;

/** Who looked at this record: the record and user filters, the count and the CSV export. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "auditor", roles = "ADMIN")
class AuditTrailQueriesTest {

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    /** A key prefix no other test uses, so keys such as PREFIX-1 and PREFIX-12 are this test's own. */
    private final String prefix = "Q" + IntStream.range(0, 5)
            .mapToObj(i -> String.valueOf((char) ('A' + ThreadLocalRandom.current().nextInt(26))))
            .reduce("", String::concat);

    @Test
    void theRecordFilterFindsEntriesAboutTheKeyAndEntriesThatListedItButNotLongerKeys() {
        String one = prefix + "-1";
        String twelve = prefix + "-12";
        viewed(one);
        viewed(twelve);
        listed("alice", List.of(twelve, one, prefix + "-3")); // middle
        listed("bob", List.of(one)); // alone
        listed("carol", List.of(one, prefix + "-5")); // first
        listed("dave", List.of(prefix + "-5", one)); // last
        listed("erin", List.of(twelve, prefix + "-120", "X" + one)); // only longer keys, or ending in it

        List<AuditEntryView> found = audit.search(AuditFilter.forRecord(one), Pageable.ofSize(50)).getContent();

        assertThat(found).extracting(AuditEntryView::actor)
                .containsExactlyInAnyOrder("viewer", "alice", "bob", "carol", "dave");
        assertThat(audit.count(AuditFilter.forRecord(one))).isEqualTo(5);
        assertThat(audit.search(AuditFilter.forRecord(twelve), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntryView::actor).containsExactlyInAnyOrder("viewer", "alice", "erin");
        assertThat(audit.count(AuditFilter.forRecord(prefix.toLowerCase() + "-1")))
                .as("a lead key is matched in upper case, as leads store it").isEqualTo(5);
    }

    @Test
    void theRecordFilterFindsAKeyInEveryPartOfAListSplitOverEntries() {
        String wanted = prefix + "-777";
        List<String> keys = new ArrayList<>(IntStream.range(0, 800).mapToObj(i -> prefix + "-" + (10_000 + i)).toList());
        keys.add(400, wanted);
        audit.recordWithKeys(new AuditRecord("LEADS_LISTED", "frank", "LEAD", null, AuditOutcome.SUCCESS, null,
                Map.of("count", keys.size())), keys);

        List<AuditEntryView> found = audit.search(AuditFilter.forRecord(wanted), Pageable.ofSize(50)).getContent();

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.detailFields()).containsKey("part");
            assertThat(e.detailFields().get("keys").split(",")).contains(wanted);
        });
        assertThat(audit.count(new AuditFilter("frank", "LEADS_LISTED", null, null))).isGreaterThan(1);
    }

    @Test
    void theRecordFilterCombinesWithTheOtherFilters() {
        String key = prefix + "-2";
        viewed(key);
        listed("alice", List.of(key));

        assertThat(audit.count(new AuditFilter("alice", null, null, null, null, key))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, "LEAD_VIEWED", null, null, null, key))).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNotAKeyIsRefusedWithAMessage() {
        assertThatThrownBy(() -> audit.count(AuditFilter.forRecord("PW-1%")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("record", "Enter one record's key, such as PW-12 (letters, digits, and - . _ : only)."));
    }

    @Test
    void usersAreOfferedByPartOfTheirNameOrUserNameAndByNamesOnlyTheTrailKnows() {
        String username = TestAccounts.uniqueName("zoltan");
        users.createUser(new NewUser(username, "Zoltan Quibbleworth", null, Set.of(Role.INTAKE_COORDINATOR),
                TestAccounts.PASSWORD));
        audit.record(new AuditRecord("SIGN_IN_FAILED", "quibble-typo", null, null, AuditOutcome.FAILURE, null, Map.of()));

        assertThat(audit.actors("quibblew")).contains(new AuditActor(username, "Zoltan Quibbleworth"));
        assertThat(audit.actors("ZOLTAN-")).extracting(AuditActor::username).contains(username);
        assertThat(audit.actors("quibble")).extracting(AuditActor::username)
                .contains(username, "quibble-typo").doesNotContain("admin");
        assertThat(audit.actors("quibble").getFirst().label()).isEqualTo("Zoltan Quibbleworth (" + username + ")");
        assertThat(audit.actors("quibble%")).isEmpty();
    }

    @Test
    void exportWritesTheFilteredEntriesAndIsItselfAudited() throws Exception {
        String key = prefix + "-9";
        viewed(key);
        audit.record(new AuditRecord("LEAD_UPDATED", "=cmd|' /C calc'!A0", "LEAD", key, AuditOutcome.SUCCESS,
                "10.0.0.9", Map.of("field", "phone")));
        viewed(prefix + "-91");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = audit.export(AuditFilter.forRecord(key), out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(written).isEqualTo(2);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().toMap()).containsEntry("User", "'=cmd|' /C calc'!A0")
                .containsEntry("Action", "LEAD_UPDATED").containsEntry("Record type", "LEAD")
                .containsEntry("Record", key).containsEntry("Outcome", "SUCCESS")
                .containsEntry("Client address", "10.0.0.9").containsEntry("Details", "{\"field\":\"phone\"}");
        assertThat(rows.getFirst().get("Time")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d [+-]\\d\\d:\\d\\d");
        assertThat(rows.get(1).get("User")).isEqualTo("viewer");

        AuditEntryView exported = audit.search(new AuditFilter("auditor", "AUDIT_EXPORTED", null, null),
                Pageable.ofSize(1)).getContent().getFirst();
        assertThat(exported.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(exported.detailFields()).containsEntry("count", "2").containsEntry("filter", "record=" + key);
    }

    @Test
    void exportReadsInPagesAndWritesEveryMatchingEntry() throws Exception {
        String key = prefix + "-8";
        int total = AuditService.EXPORT_PAGE * 2 + 3;
        for (int i = 0; i < total; i++) {
            viewed(key);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(audit.export(AuditFilter.forRecord(key), out)).isEqualTo(total);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).hasSize(total);
        assertThat(rows.stream().map(r -> Long.parseLong(r.get("Id"))).distinct().count()).isEqualTo(total);
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void onlyAdministratorsMayFilterCountOfferUsersOrExport() {
        assertThatThrownBy(() -> audit.count(AuditFilter.forRecord("PW-1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.forRecord("PW-1"), Pageable.ofSize(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.actors("a")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.export(AuditFilter.none(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void viewed(String key) {
        audit.record(new AuditRecord("LEAD_VIEWED", "viewer", "LEAD", key, AuditOutcome.SUCCESS, null,
                Map.of("reason", "test")));
    }

    private void listed(String actor, List<String> keys) {
        audit.recordWithKeys(new AuditRecord("LEADS_LISTED", actor, "LEAD", null, AuditOutcome.SUCCESS, null,
                Map.of("count", keys.size())), keys);
    }
}
