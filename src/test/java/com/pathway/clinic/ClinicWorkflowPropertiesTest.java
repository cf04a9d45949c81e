package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowAdminService;
import com.pathway.workflow.WorkflowTest;

/**
 * The clinic declares the properties its workflow must carry, and the engine refuses a version of it
 * without them: otherwise a status without {@code clinical} would silently hide leads from
 * clinicians, or show them.
 */
@WorkflowTest
class ClinicWorkflowPropertiesTest {

    static final String SCREENING = "{name: Screening, category: IN_PROGRESS, properties: {clinical: true, stage: assessment, overdue: 14d}}";

    @Autowired
    WorkflowAdminService admin;

    String shipped;

    @BeforeEach
    void readTheShippedWorkflow() throws IOException {
        SignedIn.as("root", "ADMIN");
        try (InputStream in = new ClassPathResource("workflow/clinic.yaml").getInputStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).contains(SCREENING);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theShippedClinicWorkflowCarriesEveryPropertyTheClinicNeeds() {
        assertThat(admin.check(admin.parse(shipped))).isEmpty();
    }

    @Test
    void aStatusWithoutClinicalIsRefusedSayingWhichAndWhy() {
        String withoutClinical = shipped.replace(SCREENING, SCREENING.replace("clinical: true, ", ""));

        assertThatThrownBy(() -> admin.importDefinition(withoutClinical))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("statuses[Screening].properties.clinical")
                        .containsValue("Status \"Screening\" needs the property \"clinical\" (true or false):"
                                + " clinicians see every lead in a clinical status, others only when assigned to them."));
    }

    @Test
    void anOverdueLimitThatIsNoDurationIsRefused() {
        String soon = shipped.replace(SCREENING, SCREENING.replace("overdue: 14d", "overdue: soon"));

        assertThatThrownBy(() -> admin.importDefinition(soon))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("statuses[Screening].properties.overdue")
                        .containsValue("Status \"Screening\": \"overdue: soon\" is not a positive duration such as"
                                + " 1d, 12h or 30m: how long a lead may stay in an open status before it is overdue."));
    }

    @Test
    void aWorkflowWithoutTheMergeTransitionOrTheDuplicateResolutionIsRefused() {
        String neither = shipped.replace("    properties: {merge: true, close: true}\n", "")
                .replace("{name: Duplicate, properties: {duplicate: true}}", "Duplicate");

        assertThatThrownBy(() -> admin.importDefinition(neither))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("transitions.properties.merge", "resolutions.properties.duplicate"));
    }
}
