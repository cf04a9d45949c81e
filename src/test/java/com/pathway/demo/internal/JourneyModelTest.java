package com.pathway.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.pathway.demo.GenerationSpec;
import com.pathway.demo.internal.Journey.Step;
import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

/** The journey model without a database: repeatable, and every journey one the workflow allows. */
class JourneyModelTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final WorkflowDefinition CLINIC = Targets.shippedWorkflow();
    static final WorkflowPaths PATHS = new WorkflowPaths(CLINIC);
    static final Map<String, String> ROLE_OF_ACTOR = Map.of("intake", "INTAKE_COORDINATOR", "clinician", "CLINICIAN",
            "manager", "MANAGER", "admin", "ADMIN");

    static List<Journey> journeys(int count, long seed) {
        Journeys journeys = new Journeys(PATHS, new GenerationSpec(count, 12, seed, NOW));
        return IntStream.range(0, count).mapToObj(journeys::journey).toList();
    }

    @Test
    void theSameSeedGivesTheSameJourneysAndAnotherSeedOthers() {
        assertThat(journeys(500, 3)).isEqualTo(journeys(500, 3));
        assertThat(journeys(500, 4)).isNotEqualTo(journeys(500, 3));
        // a lead does not depend on how many are generated around it, only on the seed and its index
        assertThat(new Journeys(PATHS, new GenerationSpec(500, 12, 3, NOW)).journey(42).person())
                .isEqualTo(new Journeys(PATHS, new GenerationSpec(9000, 12, 3, NOW)).journey(42).person());
    }

    @Test
    void everyStepIsATransitionOfTheWorkflowRunByARoleItAllows() {
        for (Journey j : journeys(5000, 42)) {
            List<Step> steps = j.steps();
            assertThat(steps.getFirst().transition()).isNull();
            assertThat(steps.getFirst().from()).isNull();
            assertThat(steps.getFirst().to()).isEqualTo("New inquiry");
            for (Step s : steps.subList(1, steps.size())) {
                Transition t = CLINIC.transition(s.transition()).orElseThrow();
                assertThat(t.leaves(s.from())).as(s.toString()).isTrue();
                assertThat(t.to()).isEqualTo(s.to());
                List<String> roles = t.conditions().getFirst().paramList("roles");
                assertThat(roles).as(s.toString()).contains(ROLE_OF_ACTOR.get(s.actor()));
                if ("Not eligible".equals(s.resolution())) {
                    assertThat(s.actor()).isEqualTo("clinician");
                }
            }
            screeningFitsTheLastDecision(j);
        }
    }

    /** The lead keeps the screening of its last decision: Cleared before an approval, Contraindicated before "Not eligible". */
    private static void screeningFitsTheLastDecision(Journey j) {
        Step decision = j.steps().stream().filter(s -> "Approve for treatment".equals(s.transition())
                || "Screening".equals(s.from()) && "Not eligible".equals(s.resolution())).reduce((a, b) -> b).orElse(null);
        if (decision == null) {
            assertThat(j.screeningOutcome()).isNull();
            return;
        }
        assertThat(j.screeningOutcome()).isEqualTo("Approve for treatment".equals(decision.transition()) ? "Cleared"
                : "Contraindicated");
        assertThat(j.screeningAt()).isBeforeOrEqualTo(decision.at()).isAfter(j.createdAt());
    }

    @Test
    void aResolutionExistsOnlyInClosedAndTheItemsStateIsItsLastStep() {
        for (Journey j : journeys(5000, 42)) {
            for (Step s : j.steps()) {
                boolean done = CLINIC.categoryOf(s.to()) == StatusCategory.DONE;
                assertThat(s.resolution() != null).as(s.toString()).isEqualTo(done);
                if (done) {
                    assertThat(CLINIC.resolutionNames()).contains(s.resolution());
                    assertThat(s.fieldsJson()).isEqualTo("{\"resolution\":\"" + s.resolution() + "\"}");
                }
            }
            assertThat(j.status()).isEqualTo(j.steps().getLast().to());
            assertThat(j.resolution()).isEqualTo(j.steps().getLast().resolution());
        }
    }

    @Test
    void timestampsRunForwardWithinThePeriodAndTimeInStatusIsTheGapBetweenSteps() {
        Instant start = NOW.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        Instant previousCreated = Instant.MIN;
        for (Journey j : journeys(5000, 42)) {
            assertThat(j.createdAt()).isBetween(start, NOW).isAfterOrEqualTo(previousCreated);
            previousCreated = j.createdAt();
            for (int i = 1; i < j.steps().size(); i++) {
                Step before = j.steps().get(i - 1);
                Step s = j.steps().get(i);
                assertThat(s.at()).isAfter(before.at()).isBeforeOrEqualTo(NOW);
                assertThat(s.millisInFrom()).isEqualTo(s.at().toEpochMilli() - before.at().toEpochMilli());
            }
            j.changes().forEach(c -> assertThat(c.at()).isAfterOrEqualTo(j.createdAt()).isBeforeOrEqualTo(NOW));
            assertThat(j.updatedAt()).isAfterOrEqualTo(j.statusChangedAt());
        }
    }

    @Test
    void closingsFitTheStageTheLeadLeftFrom() {
        Map<String, Set<String>> fits = Map.of(
                "Not eligible", Set.of("Consultation done", "Screening"),
                "Completed care", Set.of("Follow-up"),
                "Duplicate", Set.of("New inquiry", "Contacted"));
        Map<String, Integer> byResolution = new HashMap<>();
        for (Journey j : journeys(8000, 42)) {
            for (Step s : j.steps()) {
                if (s.resolution() != null) {
                    byResolution.merge(s.resolution(), 1, Integer::sum);
                    if (fits.containsKey(s.resolution())) {
                        assertThat(fits.get(s.resolution())).as(s.toString()).contains(s.from());
                    }
                }
            }
            if (j.duplicate()) {
                assertThat(j.steps()).hasSizeLessThanOrEqualTo(2);
            }
        }
        assertThat(byResolution.keySet()).containsExactlyInAnyOrderElementsOf(CLINIC.resolutionNames());
    }

    @Test
    void someLeadsAreReopenedByAManagerAndSomeAreDuplicatesOfAnEarlierPerson() {
        List<Journey> all = journeys(8000, 42);
        List<Step> reopenings = new ArrayList<>();
        all.forEach(j -> j.steps().stream().filter(s -> "Reopen".equals(s.transition())).forEach(reopenings::add));
        assertThat(reopenings).hasSizeGreaterThan(100).allSatisfy(s -> assertThat(s.actor()).isEqualTo("manager"));

        List<Journey> duplicates = all.stream().filter(Journey::duplicate).toList();
        assertThat(duplicates).hasSizeBetween(200, 450);
        Map<Person, Long> people = new HashMap<>();
        all.forEach(j -> people.merge(j.person(), 1L, Long::sum));
        assertThat(duplicates).allSatisfy(d -> assertThat(people.get(d.person())).isGreaterThan(1));
    }

    @Test
    void peopleAndProvidersAreClearlyFictional() {
        for (Journey j : journeys(3000, 42)) {
            Person p = j.person();
            assertThat(p.phone()).matches("\\+1\\d{3}55501\\d{2}");
            if (p.email() != null) {
                assertThat(p.email()).matches("[a-z]+\\.[a-z]+\\.\\d+@example\\.(org|com|net)");
            }
            assertThat(People.FIRST_NAMES).contains(p.firstName());
            assertThat(People.LAST_NAMES).contains(p.lastName());
            assertThat(GenerationSpec.CLINIC_CONDITIONS).contains(j.inquiry().condition() == null ? "other"
                    : j.inquiry().condition());
        }
        assertThat(Referrers.ALL).hasSizeGreaterThanOrEqualTo(30).allSatisfy(r -> {
            assertThat(r.phone()).matches("\\+161755501\\d{2}");
            assertThat(r.email()).matches(".+@example\\.(org|com|net)");
        });
    }

    @Test
    void campaignLeadsCarryTheirUtmFieldsAndReferralsTheirProvider() {
        for (Journey j : journeys(3000, 42)) {
            Inquiry q = j.inquiry();
            switch (q.source()) {
                case CAMPAIGN -> assertThat(List.of(q.campaignSource(), q.campaignMedium(), q.campaignName()))
                        .doesNotContainNull();
                case REFERRAL -> assertThat(q.referrer()).isBetween(0, Referrers.ALL.size() - 1);
                default -> assertThat(q.referrer()).isEqualTo(-1);
            }
            assertThat(q.reporter()).isEqualTo(q.source() == com.pathway.clinic.LeadSource.WEB_FORM ? "web-form" : "intake");
        }
    }

    @Test
    void anAddedStatusIsWalkedToo() {
        String yaml = """
                name: short
                initial: Open
                statuses: [{name: Open, category: TODO}, {name: Waiting list, category: IN_PROGRESS},
                           {name: Done, category: DONE}]
                resolutions: [Completed care, Lost contact, Declined, Referred elsewhere, Duplicate]
                transitions:
                  - {name: Queue, from: [Open], to: Waiting list}
                  - {name: Finish, from: [Open, Waiting list], to: Done}
                  - {name: Again, from: [Done], to: Open}
                """;
        WorkflowDefinition definition = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readValue(yaml, WorkflowDefinition.class);
        Journeys journeys = new Journeys(new WorkflowPaths(definition), new GenerationSpec(500, 12, 5, NOW));
        Set<String> seen = new java.util.HashSet<>();
        IntStream.range(0, 500).mapToObj(journeys::journey).forEach(j -> j.steps().forEach(s -> seen.add(s.to())));
        assertThat(seen).containsExactlyInAnyOrder("Open", "Waiting list", "Done");
    }
}
