package com.pathway.clinic.treatment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.pathway.clinic.LeadService;
import com.pathway.clinic.Leads;
import com.pathway.clinic.treatment.NewCourse;
import com.pathway.clinic.treatment.TreatmentService;
import com.pathway.clinic.treatment.VitalLimits;
import com.pathway.clinic.treatment.VitalRange;
import com.pathway.clinic.treatment.VitalSign;
import com.pathway.clinic.treatment.VitalThresholdService;
import com.pathway.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The administrator's vital-sign ranges on the Treatment lists page (shipped defaults marked, a bad range
 * refused beside its field with what was typed kept, a good one saved as the clinic's own) and the session
 * form marking a reading outside the clinic's range as it is typed, in words.
 */
class VitalThresholdsViewTest extends ViewTest {

    @Autowired
    VitalThresholdService thresholds;
    @Autowired
    LeadService leads;
    @Autowired
    TreatmentService courses;
    @Autowired
    java.time.Clock clock;

    @Test
    void anAdministratorSeesTheRangesWithTheirUnitsAndOrigin() {
        open("admin", "admin/treatment");

        assertThat(textOf("vital-heart-rate")).contains("Heart rate", "Now: 50–120 per minute");
        assertThat(textOf("vital-spo2")).contains("Now: at least 92%", "shipped default");
        assertThat(field("vital-systolic-high").getValue()).isEqualTo(180);
        assertThat(field("vital-systolic-low").getValue()).isNull();
        assertThat(textOf("vital-thresholds")).contains("outside the clinic's range").doesNotContain("should");
    }

    @Test
    void aLowLimitAboveTheHighOneIsRefusedBesideTheFieldAndWhatWasTypedStays() {
        open("admin", "admin/treatment");
        field("vital-respiratory-rate-low").setValue(30);
        field("vital-respiratory-rate-high").setValue(10);

        _click(_get(Button.class, spec -> spec.withId("vital-respiratory-rate-save")));

        IntegerField high = field("vital-respiratory-rate-high");
        assertThat(high.isInvalid()).isTrue();
        assertThat(high.getErrorMessage()).isEqualTo("Respiratory rate: the high limit (10) must be above the low limit (30).");
        assertThat(field("vital-respiratory-rate-low").getValue()).isEqualTo(30);
        assertThat(high.getValue()).isEqualTo(10);
        signInAs("admin");
        assertThat(thresholds.ranges().of(VitalSign.RESPIRATORY_RATE).text()).isEqualTo("no range");
    }

    @Test
    void aSavedRangeIsTheClinicsOwnAndTheSessionFormMarksAReadingOutsideItAsItIsTyped() {
        open("admin", "admin/treatment");
        field("vital-systolic-low").setValue(90);
        field("vital-systolic-high").setValue(160);
        _click(_get(Button.class, spec -> spec.withId("vital-systolic-save")));

        assertThat(notifications()).anyMatch(n -> n.contains("The clinic's systolic range is saved: 90–160 mmHg."));
        assertThat(textOf("vital-systolic")).contains("Now: 90–160 mmHg", "the clinic's own · admin");
        try {
            String key = leadWithCourse();
            open("clinician", "leads/" + key);
            _click(_get(Button.class, spec -> spec.withId("session-record")));
            assertThat(textOf("vitals-ranges")).contains("Systolic 90–160 mmHg", "Heart rate 50–120 per minute");
            _click(_get(Button.class, spec -> spec.withId("session-vitals-add")));

            IntegerField systolic = field("vitals-systolic-1");
            systolic.setValue(172);
            assertThat(systolic.getHelperText()).isEqualTo("⚠ Above the clinic's range (max 160)");
            assertThat(systolic.getClassNames()).contains("vital-outside");

            systolic.setValue(150);
            assertThat(systolic.getHelperText()).isNull();
            assertThat(systolic.getClassNames()).doesNotContain("vital-outside");

            IntegerField heartRate = field("vitals-heart-rate-1");
            heartRate.setValue(44);
            assertThat(heartRate.getHelperText()).isEqualTo("⚠ Below the clinic's range (min 50)");
        } finally {
            signInAs("admin");
            VitalRange now = thresholds.ranges().of(VitalSign.SYSTOLIC);
            thresholds.change("SYSTOLIC", new VitalLimits(null, 180), now.version());
        }
    }

    private String leadWithCourse() {
        signInAs("intake");
        String key = leads.create(Leads.withClinician(Leads.form("Noor", "Vale", "(202) 555-0163", null), "clinician"))
                .key();
        signInAs("clinician");
        courses.start(key, new NewCourse("Depression", 6, LocalDate.now(clock), null));
        return key;
    }

    private static IntegerField field(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    private static String textOf(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
