package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.pathway.shared.NotFoundException;
import com.pathway.workflow.ItemFilter;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.TransitionRequest;
import com.pathway.workflow.WorkItemView;
import com.pathway.workflow.WorkflowService;

/**
 * The lead list's filters (status, assignee, referrer, created range, overdue) and sorts as the
 * database runs them: on H2 and on PostgreSQL by the subclasses. Each test narrows to its own leads
 * by a unique last name.
 */
abstract class LeadListScenarios {

    @Autowired
    LeadService leads;

    @Autowired
    WorkflowService workflow;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.pathway.clinic.internal.LeadSearch search;

    @Autowired
    com.pathway.clinic.internal.LeadScopeSql scope;

    String last;

    @BeforeEach
    void signIn() {
        SignedIn.as("intake", "INTAKE_COORDINATOR");
        last = "Zed" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    LeadDetails lead(String first) {
        return leads.create(Leads.form(first, last, null, first.toLowerCase() + "." + last.toLowerCase() + "@example.org"));
    }

    LeadDetails assigned(String first, String coordinator, String clinician, Long referrer) {
        LeadForm f = Leads.form(first, last, null, first.toLowerCase() + "." + last.toLowerCase() + "@example.org");
        return leads.create(new LeadForm(f.firstName(), f.lastName(), null, f.dateOfBirth(), null, null, f.email(),
                f.preferredContact(), null, f.source(), null, null, null, referrer, f.conditionOfInterest(), null,
                f.selfPay(), null, null, null, null, List.of(), f.priority(), coordinator, clinician, null));
    }

    List<String> keys(LeadFilter filter) {
        return keys(filter, Sort.by("firstName"));
    }

    List<String> keys(LeadFilter filter, Sort sort) {
        return firstPage(filter, sort).map(LeadSummary::key).toList();
    }

    org.springframework.data.domain.Page<LeadSummary> firstPage(LeadFilter filter, Sort sort) {
        return leads.search(filter, PageRequest.of(0, 50, sort));
    }

    LeadFilter mine() {
        return LeadFilter.text(last);
    }

    @Test
    void aClinicianListsAndCountsOnlyLeadsInClinicalStatusesOrAssignedToThem() {
        String coordinator = last.toLowerCase();
        LeadDetails early = assigned("Early", coordinator, null, null);
        LeadDetails mine = assigned("Mine", coordinator, "clinician", null);
        LeadDetails clinical = assigned("Clinical", coordinator, null, null);
        for (String t : List.of("Contact", "Schedule consultation", "Consultation held")) {
            workflow.transition(clinical.key(), TransitionRequest.of(t));
        }
        ItemFilter items = new ItemFilter("PW", null, null, null, coordinator);
        assertThat(leads.search(mine(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(3);

        SignedIn.as("clinician", "CLINICIAN");
        assertThat(keys(mine())).containsExactly(clinical.key(), mine.key());
        assertThat(leads.search(mine(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
        assertThat(leads.list(mine(), PageRequest.of(0, 10, Sort.by("firstName"))).map(LeadSummary::key).toList())
                .containsExactly(clinical.key(), mine.key());
        assertThat(workflow.search(items, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
        assertThat(workflow.search(items, PageRequest.of(0, 10)).map(WorkItemView::key).toList())
                .containsExactlyInAnyOrder(clinical.key(), mine.key());

        // A refused read is audited although the reading transaction rolls back.
        assertThatThrownBy(() -> workflow.get(early.key())).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LEAD_VIEWED'"
                + " and outcome = 'DENIED' and entity_id = ? and actor = 'clinician'", Long.class, early.key()))
                .isEqualTo(1);

        SignedIn.as("other-clinician", "CLINICIAN");
        assertThat(keys(mine())).containsExactly(clinical.key());
        assertThat(workflow.search(items, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);

        SignedIn.as("admin", "ADMIN");
        assertThat(workflow.search(items, PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    LeadFilter with(String status, String assignee, Long referrer, Instant from, Instant to, boolean overdue) {
        return new LeadFilter(status, null, assignee, null, null, referrer, from, to, last, overdue);
    }

    void enteredStatusAt(LeadDetails lead, Instant at) {
        jdbc.update("update lead set status_changed_at = ? where item_key = ?", Timestamp.from(at), lead.key());
    }

    void createdAt(LeadDetails lead, Instant at) {
        jdbc.update("update lead set created_at = ? where id = (select id from wf_item where item_key = ?)",
                Timestamp.from(at), lead.key());
    }

    @Test
    void filtersByStatusAndByAssigneeAsCoordinatorOrClinician() {
        LeadDetails anna = assigned("Anna", "intake", null, null);
        LeadDetails bob = assigned("Bob", null, "clinician", null);
        LeadDetails cy = assigned("Cy", "other", null, null);
        workflow.transition(bob.key(), TransitionRequest.of("Contact"));

        assertThat(keys(with("Contacted", null, null, null, null, false))).containsExactly(bob.key());
        assertThat(keys(with("New inquiry", null, null, null, null, false))).containsExactly(anna.key(), cy.key());
        assertThat(keys(with(null, "intake", null, null, null, false))).containsExactly(anna.key());
        assertThat(keys(with(null, "CLINICIAN", null, null, null, false))).containsExactly(bob.key());
        assertThat(keys(with("Contacted", "intake", null, null, null, false))).isEmpty();
    }

    @Test
    void filtersByReferrer() {
        long referrer = leads.createReferrer("Dr. Referral " + last, "Clinic");
        long other = leads.createReferrer("Dr. Other " + last, null);
        LeadDetails referred = assigned("Ref", null, null, referrer);
        assigned("Oth", null, null, other);
        assigned("None", null, null, null);

        assertThat(keys(with(null, null, referrer, null, null, false))).containsExactly(referred.key());
    }

    @Test
    void filtersByCreatedRangeFromInclusiveToExclusive() {
        Instant day = Instant.parse("2025-03-10T05:00:00Z");
        LeadDetails before = lead("Before");
        LeadDetails atStart = lead("Start");
        LeadDetails inside = lead("Inside");
        LeadDetails atEnd = lead("End");
        createdAt(before, day.minusMillis(1));
        createdAt(atStart, day);
        createdAt(inside, day.plus(Duration.ofHours(12)));
        createdAt(atEnd, day.plus(Duration.ofDays(1)));

        assertThat(keys(with(null, null, null, day, day.plus(Duration.ofDays(1)), false)))
                .containsExactlyInAnyOrder(atStart.key(), inside.key());
        assertThat(keys(with(null, null, null, day, null, false)))
                .containsExactlyInAnyOrder(atStart.key(), inside.key(), atEnd.key());
        assertThat(keys(with(null, null, null, null, day, false))).containsExactly(before.key());
    }

    @Test
    void theStageFilterKeepsLeadsInTheStatusesOfThatStageOfTheWorkflow() {
        LeadDetails inquiry = lead("Inquiry");
        LeadDetails contacted = lead("Contacted");
        LeadDetails consultation = lead("Consultation");
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(consultation.key(), TransitionRequest.of("Contact"));
        workflow.transition(consultation.key(), TransitionRequest.of("Schedule consultation"));

        assertThat(keys(mine().inStage("intake"))).containsExactly(contacted.key(), inquiry.key());
        assertThat(keys(mine().inStage("CONSULTATION"))).containsExactly(consultation.key());
        assertThat(keys(mine().inStage("nowhere"))).isEmpty();
        assertThat(keys(mine().inStage("intake").onlyOverdue())).isEmpty();
    }

    @Test
    void overdueMeansLongerInTheOpenStatusThanItAllows() {
        Instant now = Instant.now();
        LeadDetails freshNew = lead("FreshNew");
        LeadDetails lateNew = lead("LateNew");
        LeadDetails freshContacted = lead("FreshContacted");
        LeadDetails lateContacted = lead("LateContacted");
        LeadDetails closed = lead("Closed");
        workflow.transition(freshContacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(lateContacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(closed.key(), new TransitionRequest("Close", java.util.Map.of("resolution", "Declined"),
                null, null));
        // New inquiry allows 1 day and Contacted 3 days (the defaults); a minute either side of the limit.
        enteredStatusAt(freshNew, now.minus(Duration.ofDays(1)).plus(1, ChronoUnit.MINUTES));
        enteredStatusAt(lateNew, now.minus(Duration.ofDays(1)).minus(1, ChronoUnit.MINUTES));
        enteredStatusAt(freshContacted, now.minus(Duration.ofDays(3)).plus(1, ChronoUnit.MINUTES));
        enteredStatusAt(lateContacted, now.minus(Duration.ofDays(3)).minus(1, ChronoUnit.MINUTES));
        enteredStatusAt(closed, now.minus(Duration.ofDays(400)));

        assertThat(keys(with(null, null, null, null, null, true)))
                .containsExactly(lateContacted.key(), lateNew.key());
        assertThat(leads.search(mine(), PageRequest.of(0, 50, Sort.by("firstName"))).getContent())
                .extracting(LeadSummary::firstName, LeadSummary::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Closed", false),
                        org.assertj.core.groups.Tuple.tuple("FreshContacted", false),
                        org.assertj.core.groups.Tuple.tuple("FreshNew", false),
                        org.assertj.core.groups.Tuple.tuple("LateContacted", true),
                        org.assertj.core.groups.Tuple.tuple("LateNew", true));
        assertThat(keys(with("New inquiry", null, null, null, null, true))).containsExactly(lateNew.key());
    }

    @Test
    void sortsEitherWayWithTheIdBreakingTiesInTheSameDirection() {
        LeadDetails a1 = lead("Same");
        LeadDetails a2 = lead("Same");
        LeadDetails b = lead("Other");

        assertThat(keys(mine(), Sort.by(Sort.Direction.ASC, "firstName"))).containsExactly(b.key(), a1.key(), a2.key());
        assertThat(keys(mine(), Sort.by(Sort.Direction.DESC, "firstName"))).containsExactly(a2.key(), a1.key(), b.key());
        assertThat(keys(mine(), Sort.by(Sort.Direction.ASC, "status"))).containsExactly(a1.key(), a2.key(), b.key());
        assertThat(keys(mine(), Sort.by(Sort.Direction.DESC, "priority"))).containsExactly(b.key(), a2.key(), a1.key());
    }

    @Test
    void aSliceReadsOnePageAndTellsWhetherMoreFollow() {
        lead("One");
        lead("Two");
        lead("Three");

        Slice<LeadSummary> first = leads.list(mine(), PageRequest.of(0, 2, Sort.by("firstName")));
        Slice<LeadSummary> second = leads.list(mine(), PageRequest.of(1, 2, Sort.by("firstName")));

        assertThat(first.getContent()).extracting(LeadSummary::firstName).containsExactly("One", "Three");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(LeadSummary::firstName).containsExactly("Two");
        assertThat(second.hasNext()).isFalse();
    }

    LeadDetails withPhone(String first, String phone) {
        LeadForm f = Leads.form(first, last, phone, null);
        return leads.create(f);
    }

    /** A fictional US number no other test uses: +1 212, a random exchange and line. */
    static String randomPhone() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("(212) %03d-%04d", 200 + r.nextInt(700), r.nextInt(10_000));
    }

    @Test
    void severalStatusesFindLeadsInAnyOfThem() {
        LeadDetails fresh = lead("Fresh");
        LeadDetails contacted = lead("Contacted");
        LeadDetails scheduled = lead("Scheduled");
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(scheduled.key(), TransitionRequest.of("Contact"));
        workflow.transition(scheduled.key(), TransitionRequest.of("Schedule consultation"));

        assertThat(keys(mine().inStatuses(List.of("New inquiry", "Consultation scheduled"))))
                .containsExactly(fresh.key(), scheduled.key());
        assertThat(keys(mine().inStatuses(List.of("Contacted")))).containsExactly(contacted.key());
        assertThat(keys(mine().inStatuses(List.of()))).hasSize(3);
        assertThat(leads.count(mine().inStatuses(List.of("New inquiry", "Contacted"))))
                .isEqualTo(new LeadCount(2, false));
    }

    @Test
    void createdTodayAndThisWeekAreReadInTheClinicsZoneWhenTheListIsRead() {
        LeadDetails now = lead("Now");
        LeadDetails lastMonth = lead("LastMonth");
        createdAt(lastMonth, Instant.now().minus(Duration.ofDays(8)));

        assertThat(keys(mine().createdWithin(CreatedWithin.TODAY))).containsExactly(now.key());
        assertThat(keys(mine().createdWithin(CreatedWithin.THIS_WEEK))).containsExactly(now.key());
        assertThat(keys(mine())).containsExactlyInAnyOrder(now.key(), lastMonth.key());
    }

    @Test
    void anyPartOfAPhoneNumberFindsItHoweverItIsWritten() {
        String phone = randomPhone();
        LeadDetails caller = withPhone("Caller", phone);
        withPhone("Other", randomPhone());
        String line = phone.substring(6); // "555-0177"
        String digits = line.replace("-", "");

        assertThat(keys(LeadFilter.text(line))).containsExactly(caller.key());
        assertThat(keys(LeadFilter.text(digits))).containsExactly(caller.key());
        // An exchange the phone library reads as a whole number by itself ("310-0177" is +1 310 0177 to it).
        String quirk = String.format("(212) 310-%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
        LeadDetails third = withPhone("Quirk", quirk);
        assertThat(keys(LeadFilter.text(quirk.substring(6)))).containsExactly(third.key());
        assertThat(keys(LeadFilter.text("(212) " + line.substring(0, 3) + " " + line.substring(4))))
                .containsExactly(caller.key());
        assertThat(keys(LeadFilter.text(phone))).containsExactly(caller.key());
        assertThat(keys(LeadFilter.text("+1 212 " + digits))).containsExactly(caller.key());
        // Three digits would match nearly everyone: they are read as the start of a name.
        assertThat(keys(LeadFilter.text(digits.substring(0, 3)))).isEmpty();
    }

    @Test
    void aNameSearchFindsTheStartOfANameOrAddressWhateverItsCaseAndTakesWildcardsAsTheyAre() {
        String mail = last.toLowerCase() + "@example.org";
        LeadDetails ann = leads.create(Leads.form("Ann", last, null, "ann_lee." + mail));
        LeadDetails annabel = leads.create(Leads.form("Annabel", last, null, "annxlee." + mail));
        LeadDetails zoe = leads.create(Leads.form("Zo\u00eb", last, null, "zoe." + mail));

        // The last name, from its start, in any case: all three; counted the same.
        assertThat(found(LeadFilter.text(last.toUpperCase()))).containsExactly(ann.key(), annabel.key(), zoe.key());
        assertThat(found(LeadFilter.text(last.substring(0, last.length() - 1)))).hasSize(3);
        assertThat(leads.count(LeadFilter.text(last))).isEqualTo(new LeadCount(3, false));
        assertThat(search.countUpTo(LeadFilter.text(last), 1, scope.current())).isEqualTo(2);
        // The whole name from its start: "ann " is not the start of "annabel ".
        assertThat(found(LeadFilter.text("ANN " + last))).containsExactly(ann.key());
        assertThat(found(LeadFilter.text("anna"))).contains(annabel.key()).doesNotContain(ann.key());
        assertThat(found(LeadFilter.text("zo\u00cb " + last))).containsExactly(zoe.key());
        assertThat(found(LeadFilter.text("zoe " + last))).isEmpty();
        // An address from its start, with or without its @; "_" and "%" are characters, not wildcards.
        assertThat(found(LeadFilter.text("ann_lee." + last))).containsExactly(ann.key());
        assertThat(found(LeadFilter.text("annxlee." + last))).containsExactly(annabel.key());
        assertThat(found(LeadFilter.text("ann%lee." + last))).isEmpty();
        assertThat(found(LeadFilter.text("ANN_LEE." + mail))).containsExactly(ann.key());
        assertThat(leads.count(LeadFilter.text("ann_lee." + last))).isEqualTo(new LeadCount(1, false));
        // Not the middle of a name.
        assertThat(found(LeadFilter.text(last.substring(1)))).isEmpty();
        // The other conditions hold beside a search (on H2 a search is counted by the ranges of its indexes).
        assertThat(found(LeadFilter.text(last).onlyOverdue())).isEmpty();
        assertThat(found(LeadFilter.text(last).inStatuses(List.of(zoe.status())))).hasSize(3);
    }

    /**
     * The keys of a search's first page; its bounded count, which H2 reads otherwise, agrees with the page's total
     * (every match counted with {@code like}).
     */
    private List<String> found(LeadFilter filter) {
        org.springframework.data.domain.Page<LeadSummary> page = firstPage(filter, Sort.by("firstName"));
        assertThat(search.countUpTo(filter, 100_000, scope.current())).as("count of %s", filter)
                .isEqualTo(page.getTotalElements());
        return page.map(LeadSummary::key).toList();
    }

    @Test
    void theCountStopsAtItsBoundAndSaysSo() {
        lead("One");
        lead("Two");
        assertThat(leads.count(mine())).isEqualTo(new LeadCount(2, false));
        assertThat(leads.count(mine()).text()).isEqualTo("2");
        lead("Three");
        lead("Four");
        // The bound of 10,000 proven with a bound of 2: the count reads one match more than the bound.
        assertThat(search.countUpTo(mine(), 2, scope.current())).isEqualTo(3);
        assertThat(search.countUpTo(mine(), 5, scope.current())).isEqualTo(4);
        assertThat(new LeadCount(LeadService.COUNT_BOUND, true).text()).isEqualTo("10,000+");
    }

    @Test
    void aCountByWhereLeadsAreInTheWorkflowCountsFromTheNewestAndStillExactlyUpToItsBound() {
        // No text search, so the count reads newest first: the coordinator's name narrows to this test's leads.
        String coordinator = last.toLowerCase();
        LeadDetails oldest = assigned("Oldest", coordinator, null, null);
        LeadDetails contacted = assigned("Contacted", coordinator, null, null);
        LeadDetails closed = assigned("Closed", coordinator, null, null);
        assigned("Newest", coordinator, null, null);
        assigned("Newer", coordinator, null, null);
        createdAt(oldest, Instant.now().minus(Duration.ofDays(900)));
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));
        workflow.transition(closed.key(), new TransitionRequest("Close", java.util.Map.of("resolution", "Declined"),
                null, null));
        LeadFilter todo = new LeadFilter(null, StatusCategory.TODO, coordinator, null, null, null, null, null, null);
        LeadFilter open = new LeadFilter(null, null, coordinator, null, null, null, null, null, null)
                .inStatuses(List.of("New inquiry", "Contacted"));

        assertThat(leads.count(todo)).isEqualTo(new LeadCount(3, false));
        assertThat(leads.count(open)).isEqualTo(new LeadCount(4, false));
        assertThat(leads.count(open.inStage("intake"))).isEqualTo(new LeadCount(4, false));
        assertThat(leads.count(new LeadFilter(null, StatusCategory.IN_PROGRESS, coordinator, null, null, null, null,
                null, null))).isEqualTo(new LeadCount(1, false));
        assertThat(leads.count(new LeadFilter(null, StatusCategory.DONE, coordinator, null, null, null, null, null,
                null))).isEqualTo(new LeadCount(1, false));
        // At the bound it stops, whichever leads it read first; the lead of 900 days ago counts like the others.
        assertThat(search.countUpTo(todo, 2, scope.current())).isEqualTo(3);
        assertThat(search.countUpTo(open, 3, scope.current())).isEqualTo(4);
        assertThat(search.countUpTo(open, 4, scope.current())).isEqualTo(4);
    }

    /** Every page of the list by token, {@code size} at a time, checking that only the last has no token. */
    List<String> allByToken(LeadFilter filter, Sort sort, int size) {
        List<String> shown = new java.util.ArrayList<>();
        String token = null;
        for (int pages = 0; pages < 100; pages++) {
            LeadPage page = leads.page(filter, sort, token, 0, size);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            page.items().forEach(l -> shown.add(l.key()));
            if (page.isLast()) {
                return shown;
            }
            assertThat(page.items()).hasSize(size);
            token = page.nextPageToken();
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void pagesByTokenFollowEverySortThroughTiesInTheSameOrderAsOnePage() {
        for (int i = 0; i < 3; i++) {
            lead("Same");
        }
        lead("Alpha");
        lead("Zulu");
        LeadDetails late = lead("Late");
        createdAt(late, Instant.now().minus(Duration.ofDays(1)));
        for (String property : List.of("firstName", "lastName", "createdAt", "status", "priority", "source", "key",
                "slaDueAt", "nextAppointment")) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                Sort sort = Sort.by(direction, property);
                List<String> onePage = keys(mine(), sort);
                assertThat(onePage).as(property + " " + direction).hasSize(6);
                assertThat(allByToken(mine(), sort, 2)).as(property + " " + direction).isEqualTo(onePage);
                assertThat(allByToken(mine(), sort, 4)).as(property + " " + direction).isEqualTo(onePage);
            }
        }
    }

    @Test
    void emptyValuesSortLastAndTheTokenCarriesOnFromThem() {
        LeadDetails soon = lead("Soon");
        LeadDetails later = lead("Later");
        LeadDetails none1 = lead("None");
        LeadDetails none2 = lead("None");
        LeadDetails alsoSoon = lead("AlsoSoon");
        Instant at = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("update lead set sla_due_at = ? where item_key in (?, ?)", Timestamp.from(at), soon.key(),
                alsoSoon.key());
        jdbc.update("update lead set sla_due_at = ? where item_key = ?", Timestamp.from(at.plusSeconds(60)), later.key());
        jdbc.update("update lead set sla_due_at = null where item_key in (?, ?)", none1.key(), none2.key());

        Sort ascending = Sort.by(Sort.Direction.ASC, "slaDueAt");
        assertThat(allByToken(mine(), ascending, 1)).containsExactly(soon.key(), alsoSoon.key(), later.key(),
                none1.key(), none2.key());
        assertThat(allByToken(mine(), Sort.by(Sort.Direction.DESC, "slaDueAt"), 1)).containsExactly(later.key(),
                alsoSoon.key(), soon.key(), none2.key(), none1.key());
    }

    @Test
    void aTokenKeepsItsFiltersAndIsRefusedWithOthersOrAnotherSort() {
        LeadDetails a = lead("Anna");
        LeadDetails b = lead("Bea");
        LeadDetails c = lead("Cara");
        LeadDetails contacted = lead("Dora");
        workflow.transition(contacted.key(), TransitionRequest.of("Contact"));
        LeadFilter fresh = mine().inStatuses(List.of("New inquiry"));
        Sort byName = Sort.by("firstName");

        assertThat(allByToken(fresh, byName, 1)).containsExactly(a.key(), b.key(), c.key());
        String token = leads.page(fresh, byName, null, 0, 1).nextPageToken();
        assertThat(leads.page(fresh, byName, token, 0, 2).items()).extracting(LeadSummary::key)
                .containsExactly(b.key(), c.key());

        assertThatThrownBy(() -> leads.page(mine(), byName, token, 0, 1))
                .isInstanceOfSatisfying(com.pathway.shared.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("nextPageToken"));
        assertThatThrownBy(() -> leads.page(fresh, Sort.by(Sort.Direction.DESC, "firstName"), token, 0, 1))
                .isInstanceOfSatisfying(com.pathway.shared.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("nextPageToken"));
        assertThatThrownBy(() -> leads.page(fresh, Sort.by("lastName"), token, 0, 1))
                .isInstanceOf(com.pathway.shared.InvalidInputException.class);
    }

    @Test
    void anAlteredOrMadeUpTokenIsRefusedByName() {
        lead("One");
        lead("Two");
        Sort byName = Sort.by("firstName");
        String token = leads.page(mine(), byName, null, 0, 1).nextPageToken();
        int dot = token.indexOf('.');
        // The position re-encoded with another id: the signature no longer matches.
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, dot)),
                java.nio.charset.StandardCharsets.UTF_8);
        String moved = payload.substring(0, payload.lastIndexOf('\n') + 1) + "1";
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(moved.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + token.substring(dot);
        char flip = token.charAt(dot + 3) == 'A' ? 'B' : 'A';
        String badSignature = token.substring(0, dot + 3) + flip + token.substring(dot + 4);
        for (String bad : List.of(forged, badSignature, "not-a-token", "abc.def", "%%%", token.substring(0, dot))) {
            assertThatThrownBy(() -> leads.page(mine(), byName, bad, 0, 1)).as(bad)
                    .isInstanceOfSatisfying(com.pathway.shared.InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("nextPageToken"));
        }
        assertThat(leads.page(mine(), byName, token, 0, 1).items()).extracting(LeadSummary::firstName)
                .containsExactly("Two");
    }

    @Test
    void pageNumbersStillWorkForSmallOffsetsAndHandOverToTheToken() {
        LeadDetails a = lead("Anna");
        LeadDetails b = lead("Bea");
        LeadDetails c = lead("Cara");
        Sort byName = Sort.by("firstName");

        LeadPage second = leads.page(mine(), byName, null, 1, 1);
        assertThat(second.items()).extracting(LeadSummary::key).containsExactly(b.key());
        assertThat(leads.page(mine(), byName, second.nextPageToken(), 0, 1).items()).extracting(LeadSummary::key)
                .containsExactly(c.key());
        assertThat(leads.page(mine(), byName, null, 2, 1).isLast()).isTrue();
        assertThat(leads.page(mine(), byName, null, 0, 5).items()).extracting(LeadSummary::key)
                .containsExactly(a.key(), b.key(), c.key());

        // 10,000 rows may be skipped, one more may not: beyond, the token leads on.
        assertThat(leads.page(mine(), byName, null, 50, 200).items()).isEmpty();
        assertThatThrownBy(() -> leads.page(mine(), byName, null, 10_001, 1))
                .isInstanceOfSatisfying(com.pathway.shared.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("page"));
        assertThatThrownBy(() -> leads.page(mine(), byName, second.nextPageToken(), 1, 1))
                .isInstanceOfSatisfying(com.pathway.shared.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("page"));
    }
}
