package com.pathway.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.LeadDetails;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.AvailableTransition;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkflowTest;

/**
 * The clinic's board through the board service: columns from the workflow's stages, true counts and
 * cards under each role's read rule, moves through the engine, and the editor's refusals.
 */
@WorkflowTest
class BoardServiceTest {

    static final String PW = "PW";

    @Autowired
    BoardService boards;

    @Autowired
    LeadService leads;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String family = "Zq" + Long.toString(System.nanoTime() % 1_000_000_000L).chars()
            .mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).collect(java.util.stream.Collectors.joining());

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private BoardFilter mineOnly() {
        return new BoardFilter(false, false, false, family, Map.of());
    }

    private String lead(String first, String clinician, String... transitions) {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        LeadDetails lead = leads.create(clinician == null ? Leads.form(first, family, null, first + "." + family + "@example.org")
                : Leads.withClinician(Leads.form(first, family, null, first + "." + family + "@example.org"), clinician));
        for (String t : transitions) {
            SignedIn.as("clinician", "INTAKE_COORDINATOR", "CLINICIAN");
            boards.move(lead.key(), TransitionRequest.of(t));
        }
        SignedIn.out();
        return lead.key();
    }

    private List<String> names(BoardLayout layout) {
        return layout.visibleColumns().stream().map(i -> layout.column(i).name()).toList();
    }

    @Test
    void aColumnOfOneStatusListsItsCardsByTimeInStatusPageByPageOldestFirstOrNewestFirstWhenClosed() {
        // Five leads in Follow-up and five Closed, entering them at set times (two at the same moment: the key's
        // order breaks the tie), read two cards at a time as "Show more" does.
        java.time.Instant base = java.time.Instant.parse("2026-03-01T10:00:00Z");
        int[] hours = {30, 10, 20, 10, 40};
        Map<String, Integer> entered = new java.util.HashMap<>();
        Map<String, List<String>> byStatus = Map.of("Follow-up", new java.util.ArrayList<>(), "Closed",
                new java.util.ArrayList<>());
        for (int i = 0; i < 2 * hours.length; i++) {
            String key = lead("P" + (char) ('a' + i), null);
            String status = (i % 2 == 0) == (i < hours.length) ? "Follow-up" : "Closed";
            entered.put(key, hours[i % hours.length]);
            byStatus.get(status).add(key);
            jdbc.update("update lead set status = ?, status_category = ?, status_changed_at = ? where item_key = ?",
                    status, status.equals("Closed") ? "DONE" : "IN_PROGRESS", java.sql.Timestamp.from(base.plus(
                            java.time.Duration.ofHours(hours[i % hours.length]))), key);
        }
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardLayout layout = boards.layout(PW, mineOnly());
        BoardColumn aftercare = layout.column(names(layout).indexOf("Aftercare"));
        BoardColumn closed = layout.column(names(layout).indexOf("Closed"));
        assertThat(aftercare.statuses()).containsExactly("Follow-up");
        assertThat(closed.statuses()).containsExactly("Closed");

        java.util.Comparator<String> byHoursThenKey = java.util.Comparator.<String>comparingInt(entered::get)
                .thenComparingLong(k -> Long.parseLong(k.substring(k.indexOf('-') + 1)));
        List<String> followUp = byStatus.get("Follow-up").stream().sorted(byHoursThenKey).toList();
        List<String> closedKeys = byStatus.get("Closed").stream().sorted(byHoursThenKey.reversed()).toList();
        assertThat(pages(aftercare)).containsExactlyElementsOf(followUp);
        assertThat(pages(closed)).containsExactlyElementsOf(closedKeys);
    }

    /** Every card of the column under the test's filter, read two at a time. */
    private List<String> pages(BoardColumn column) {
        List<String> read = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 2) {
            CardPage page = boards.cards(PW, column, mineOnly(), Lane.ALL, offset, 2);
            page.cards().forEach(c -> read.add(c.key()));
            if (read.size() >= page.total()) {
                return read;
            }
        }
    }

    @Test
    void theClinicBoardHasAColumnPerStageWithTrueCountsAndTheOldestCardsFirst() {
        String first = lead("Ada", null);
        String second = lead("Bo", null, "Contact");
        lead("Cy", null, "Contact", "Schedule consultation");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardLayout layout = boards.layout(PW, mineOnly());
        assertThat(names(layout)).containsExactly("Intake", "Consultation", "Assessment", "Treatment", "Aftercare",
                "Closed");
        assertThat(layout.column(0).statuses()).containsExactly("New inquiry", "Contacted");
        assertThat(layout.counts()).containsEntry(0, 2L).containsEntry(1, 1L).containsEntry(2, 0L);

        CardPage intake = boards.cards(PW, layout.column(0), mineOnly(), Lane.ALL, 0, 1);
        assertThat(intake.total()).isEqualTo(2);
        assertThat(intake.cards()).extracting(Card::key).containsExactly(first);
        Card card = intake.cards().getFirst();
        assertThat(card.title()).isEqualTo("Ada " + family);
        assertThat(card.facts()).containsEntry("priority", "Normal").containsEntry("condition", "depression");
        assertThat(card.tags()).containsExactly("vip");
        assertThat(card.overdueLimit()).hasDays(1);
        assertThat(boards.cards(PW, layout.column(0), mineOnly(), Lane.ALL, 1, 20).cards()).extracting(Card::key)
                .containsExactly(second);
    }

    @Test
    void aClinicianSeesTheClinicalColumnsAndTheirOwnLeadsAndCountsNothingElse() {
        lead("Ada", null);
        String own = lead("Bo", "clinician");
        String clinical = lead("Cy", null, "Contact", "Schedule consultation", "Consultation held");
        SignedIn.as("clinician", "CLINICIAN");
        BoardLayout layout = boards.layout(PW, mineOnly());
        assertThat(names(layout)).containsExactly("Intake", "Consultation", "Assessment", "Treatment", "Aftercare");
        assertThat(layout.counts()).containsEntry(0, 1L).containsEntry(1, 1L);
        assertThat(boards.cards(PW, layout.column(0), mineOnly(), Lane.ALL, 0, 20).cards()).extracting(Card::key)
                .containsExactly(own);
        assertThat(boards.cards(PW, layout.column(1), mineOnly(), Lane.ALL, 0, 20).cards()).extracting(Card::key)
                .containsExactly(clinical);
        assertThat(boards.lanes(PW, layout.board(), "source", mineOnly())).extracting(Lane::value)
                .containsExactly("PHONE");
        assertThat(boards.card(PW, clinical)).isPresent();

        SignedIn.as("other-clinician", "CLINICIAN");
        BoardLayout other = boards.layout(PW, mineOnly());
        assertThat(names(other)).doesNotContain("Intake");
        assertThat(other.counts()).containsEntry(0, 0L);
        assertThat(boards.card(PW, own)).isEmpty();
    }

    @Test
    void viewersWhoSeeTheSameBoardShareOneReadAsOfAMomentAndEachIsAuditedWhileAClinicianReadsAlone() {
        String first = lead("Ada", null);
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardLayout layout = boards.layout(PW, mineOnly());
        List<CellRead> cells = List.of(new CellRead(0, Lane.ALL, 20));
        long since = System.nanoTime();
        String viewer = "share" + family;
        int before = listedBy(viewer);

        BoardReread one = boards.reread(PW, layout.board(), mineOnly(), cells, since, Set.of());
        String later = lead("Bo", null);
        SignedIn.as(viewer, "INTAKE_COORDINATOR");
        BoardReread shared = boards.reread(PW, layout.board(), mineOnly(), cells, since, Set.of());

        assertThat(shared).as("the read that started at that moment, shared").isSameAs(one);
        assertThat(shared.pages().getFirst().cards()).extracting(Card::key).containsExactly(first);
        assertThat(listedBy(viewer)).as("the second viewer is audited for the cards shown").isEqualTo(before + 1);
        // As of a later moment, a read of its own, with the card that came meanwhile.
        assertThat(boards.reread(PW, layout.board(), mineOnly(), cells, System.nanoTime(), Set.of()).pages().getFirst()
                .cards()).extracting(Card::key).containsExactly(first, later);
        // Other roles, "mine", and a clinician (whose read rule is their own) never share.
        SignedIn.as(viewer, "MANAGER");
        assertThat(boards.reread(PW, layout.board(), mineOnly(), cells, since, Set.of())).isNotSameAs(one);
        BoardFilter mine = new BoardFilter(true, false, false, family, Map.of());
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardReread intakeMine = boards.reread(PW, layout.board(), mine, cells, since, Set.of());
        SignedIn.as(viewer, "INTAKE_COORDINATOR");
        assertThat(boards.reread(PW, layout.board(), mine, cells, since, Set.of())).isNotSameAs(intakeMine);
        SignedIn.as("clinician", "CLINICIAN");
        BoardReread clinician = boards.reread(PW, layout.board(), mineOnly(), cells, since, Set.of());
        assertThat(boards.reread(PW, layout.board(), mineOnly(), cells, since, Set.of())).isNotSameAs(clinician);
    }

    @Test
    void aBoardReadAgainRecordsOnlyTheCardsItsViewHadNotRecordedYet() {
        String first = lead("Ada", null);
        String second = lead("Bo", null);
        String viewer = "again" + family;
        SignedIn.as(viewer, "INTAKE_COORDINATOR");
        BoardLayout layout = boards.layout(PW, mineOnly());
        List<CellRead> cells = List.of(new CellRead(0, Lane.ALL, 20));
        int before = listedBy(viewer);

        boards.reread(PW, layout.board(), mineOnly(), cells, System.nanoTime(), Set.of(first, second));
        assertThat(listedBy(viewer)).as("nothing new shown: nothing recorded").isEqualTo(before);

        boards.reread(PW, layout.board(), mineOnly(), cells, System.nanoTime(), Set.of(first));
        assertThat(listedBy(viewer)).as("the card shown for the first time is recorded").isEqualTo(before + 1);
        String details = jdbc.queryForObject("select details from audit_entry where action = 'LEADS_LISTED'"
                + " and actor = ? order by id desc limit 1", String.class, viewer);
        assertThat(details).contains(second).doesNotContain(first);

        SignedIn.as(viewer, "MANAGER"); // not shared with the coordinators: recorded the same way
        boards.reread(PW, layout.board(), mineOnly(), cells, System.nanoTime(), Set.of(first, second));
        assertThat(listedBy(viewer)).isEqualTo(before + 1);
        boards.reread(PW, layout.board(), mineOnly(), cells, System.nanoTime(), Set.of());
        assertThat(listedBy(viewer)).isEqualTo(before + 2);
    }

    private int listedBy(String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'LEADS_LISTED' and actor = ?",
                Integer.class, username);
    }

    @Test
    void aLiveUpdateReadsEveryCellAgainAsTheCellsThemselvesWouldAndCountsTheColumns() {
        String first = lead("Ada", null);
        String second = lead("Bo", null);
        String contacted = lead("Cy", "clinician", "Contact", "Schedule consultation");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardLayout layout = boards.layout(PW, mineOnly());
        Lane phone = boards.lanes(PW, layout.board(), "source", mineOnly()).getFirst();

        BoardReread again = boards.reread(PW, layout.board(), mineOnly(),
                List.of(new CellRead(0, Lane.ALL, 1), new CellRead(1, Lane.ALL, 20), new CellRead(0, phone, 20)),
                System.nanoTime(), Set.of());

        assertThat(again.counts()).isEqualTo(layout.counts());
        assertThat(again.pages()).hasSize(3);
        assertThat(again.pages().get(0).total()).isEqualTo(2);
        assertThat(again.pages().get(0).cards()).extracting(Card::key).containsExactly(first);
        assertThat(again.pages().get(1).cards()).extracting(Card::key).containsExactly(contacted);
        assertThat(again.pages().get(2).total()).isEqualTo(2);
        assertThat(again.pages().get(2).cards()).extracting(Card::key).containsExactly(first, second);
        assertThat(again.pages().get(1).cards()).isEqualTo(
                boards.cards(PW, layout.column(1), mineOnly(), Lane.ALL, 0, 20).cards());

        assertThatThrownBy(() -> boards.reread(PW, layout.board(), mineOnly(), List.of(new CellRead(99, Lane.ALL, 20)),
                System.nanoTime(), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no column 99");
        assertThatThrownBy(() -> boards.reread(PW, layout.board(), mineOnly(), List.of(new CellRead(0, Lane.ALL, 0)),
                System.nanoTime(), Set.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(boards.reread(PW, layout.board(), mineOnly(), List.of(), System.nanoTime(), Set.of()).pages())
                .isEmpty();
    }

    @Test
    void quickFiltersAndLanesNarrowTheCounts() {
        lead("Ada", null);
        lead("Bo", "clinician", "Contact");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardFilter mine = new BoardFilter(true, false, false, family, Map.of());
        assertThat(boards.layout(PW, mine).counts()).containsEntry(0, 0L);
        BoardFilter unassigned = new BoardFilter(false, true, false, family, Map.of("source", "PHONE"));
        assertThat(boards.layout(PW, unassigned).counts()).containsEntry(0, 2L);
        BoardFilter web = new BoardFilter(false, false, false, family, Map.of("source", "WEB_FORM"));
        assertThat(boards.layout(PW, web).counts()).containsEntry(0, 0L);
        BoardLayout layout = boards.layout(PW, mineOnly());
        assertThat(boards.lanes(PW, layout.board(), "assignee", mineOnly())).extracting(Lane::label)
                .containsExactly("Unassigned");
        assertThatThrownBy(() -> boards.lanes(PW, layout.board(), "colour", mineOnly()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> boards.layout(PW, new BoardFilter(false, false, false, family, Map.of("source", "FAX"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDropResolvesToTheTransitionsIntoTheColumnOrSaysWhyNot() {
        String fresh = lead("Ada", null);
        String contacted = lead("Bo", null, "Contact");
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        BoardLayout layout = boards.layout(PW, mineOnly());
        BoardColumn consultation = layout.column(1);

        MoveOptions refused = boards.moveOptions(fresh, consultation);
        assertThat(refused.refusal()).startsWith("No move from New inquiry to Consultation is open to you now; you may:")
                .contains("Contact (to Contacted)");

        MoveOptions one = boards.moveOptions(contacted, consultation);
        assertThat(one.single()).isTrue();
        assertThat(one.transitions()).extracting(AvailableTransition::name).containsExactly("Schedule consultation");
        boards.move(contacted, new TransitionRequest(one.transitions().getFirst().id(), null, null, one.version()));
        assertThat(boards.layout(PW, mineOnly()).counts()).containsEntry(0, 1L).containsEntry(1, 1L);

        MoveOptions closing = boards.moveOptions(fresh, layout.column(5));
        assertThat(closing.transitions().getFirst().screen()).isNotEmpty();
    }

    @Test
    void theEditorRefusesABoardThatLeavesAStatusOutOrMapsOneTwiceAndSavesNothing() {
        SignedIn.as("admin", "ADMIN");
        BoardConfig before = boards.configuration(PW);
        List<BoardColumn> columns = new java.util.ArrayList<>(before.columns());
        columns.set(0, new BoardColumn("Intake", List.of("New inquiry"), null, null));
        columns.set(1, new BoardColumn("Consultation", List.of("Consultation scheduled", "Consultation done", "Screening"),
                null, null));
        assertThatThrownBy(() -> boards.save(new BoardConfig(PW, columns, before.cardFields())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().values())
                        .contains("\u201CContacted\u201D is in no column; its cards would vanish from the board.",
                                "\u201CScreening\u201D is mapped twice (\u201CConsultation\u201D and \u201CAssessment\u201D);"
                                        + " a status belongs to one column."));
        assertThat(boards.configuration(PW)).isEqualTo(before);
    }

    @Test
    void anAdministratorSetsLimitsAndTheBoardMarksAColumnOutsideThem() {
        lead("Ada", null);
        lead("Bo", null);
        SignedIn.as("admin", "ADMIN");
        BoardConfig before = boards.configuration(PW);
        List<BoardColumn> columns = new java.util.ArrayList<>(before.columns());
        columns.set(0, new BoardColumn("Intake", columns.get(0).statuses(), null, 1));
        try {
            boards.save(new BoardConfig(PW, columns, List.of(CardField.AGE)));
            SignedIn.as("intake", "INTAKE_COORDINATOR");
            BoardLayout layout = boards.layout(PW, mineOnly());
            assertThat(layout.board().cardFields()).containsExactly(CardField.AGE);
            assertThat(layout.column(0).wipBreach(layout.counts().get(0))).contains("1 over the limit of 1");
        } finally {
            SignedIn.as("admin", "ADMIN");
            boards.reset(PW);
        }
        assertThat(boards.configuration(PW).columns().getFirst().wipMax()).isNull();
    }
}
