package com.pathway.clinic.treatment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.pathway.clinic.treatment.SessionForm;
import com.pathway.clinic.treatment.SessionView;
import com.pathway.clinic.treatment.VitalRanges;
import com.pathway.clinic.treatment.internal.SessionRows.AddendumRow;
import com.pathway.clinic.treatment.internal.SessionRows.DoseStepRow;
import com.pathway.clinic.treatment.internal.SessionRows.SideEffectRow;
import com.pathway.clinic.treatment.internal.SessionRows.VitalsRow;
import com.pathway.shared.InvalidInputException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One infusion as recorded by staff. It guards its own rule: the record changes only while it is a draft;
 * once signed it is locked, and a correction is an addendum that leaves the signed record as it was.
 */
@Entity
@Table(name = "infusion_session")
public class InfusionSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;
    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "item_key", nullable = false, updatable = false, length = 24)
    private String itemKey;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(nullable = false, length = 64)
    private String staff;
    @Column(name = "staff_name", nullable = false, length = 120)
    private String staffName;
    @Convert(converter = TreatmentEncryption.Observation.class)
    private String observation;
    @Column(name = "recovered_at")
    private Instant recoveredAt;
    @Column(name = "discharged_at")
    private Instant dischargedAt;
    @Column(name = "discharged_by", length = 64)
    private String dischargedBy;
    @Column(name = "discharger_name", length = 120)
    private String dischargerName;
    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "signed_by", length = 64)
    private String signedBy;
    @Column(name = "signer_name", length = 120)
    private String signerName;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "infusion_dose_step", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<DoseStepRow> doseSteps = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "infusion_vitals", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<VitalsRow> vitals = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "infusion_side_effect", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SideEffectRow> sideEffects = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "infusion_addendum", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<AddendumRow> addenda = new ArrayList<>();

    protected InfusionSession() {
    }

    public InfusionSession(long courseId, long itemId, String itemKey, String recordedBy, Instant recordedAt) {
        this.courseId = courseId;
        this.itemId = itemId;
        this.itemKey = itemKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Replaces the draft's content with the (checked) form, the discharging clinician resolved from it
     * ({@code null} names for none yet); refused once signed.
     */
    public void record(SessionForm form, String staff, String staffName, String dischargedBy, String dischargerName) {
        requireDraft();
        this.recoveredAt = form.recoveredAt();
        this.dischargedAt = form.dischargedAt();
        this.dischargedBy = dischargedBy;
        this.dischargerName = dischargerName;
        this.startedAt = form.startedAt();
        this.endedAt = form.endedAt();
        this.staff = staff;
        this.staffName = staffName;
        this.observation = form.observation() == null || form.observation().isBlank() ? null : form.observation().strip();
        doseSteps.clear();
        form.doseSteps().forEach(s -> doseSteps.add(new DoseStepRow(s.givenAt(), s.amount(), s.unit().strip(),
                s.route() == null || s.route().isBlank() ? null : s.route().strip())));
        vitals.clear();
        form.vitals().forEach(v -> vitals.add(new VitalsRow(v.takenAt(), v.systolic(), v.diastolic(), v.heartRate(),
                v.spo2(), v.respiratoryRate())));
        sideEffects.clear();
        form.sideEffects().forEach(e -> sideEffects.add(new SideEffectRow(e.effect(), e.severity(), e.notedAt())));
    }

    public void sign(String by, String byName, Instant at) {
        requireDraft();
        signedBy = by;
        signerName = byName;
        signedAt = at;
    }

    public void addAddendum(String text, String author, String authorName, Instant at) {
        if (!isSigned()) {
            throw InvalidInputException.of("text", "This session is not signed yet: change the draft itself.");
        }
        addenda.add(new AddendumRow(text, author, authorName, at));
    }

    private void requireDraft() {
        if (isSigned()) {
            throw InvalidInputException.of("session", "This session was signed and is locked; add an addendum instead.");
        }
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** The record as the form it was entered with, to check it again before signing. */
    public SessionForm form() {
        return new SessionForm(startedAt, endedAt, staff,
                doseSteps.stream().map(s -> new SessionForm.DoseStep(s.givenAt, s.amount, s.unit, s.route)).toList(),
                vitals.stream().map(v -> new SessionForm.Vitals(v.takenAt, v.systolic, v.diastolic, v.heartRate,
                        v.spo2, v.respiratoryRate)).toList(),
                sideEffects.stream().map(e -> new SessionForm.SideEffect(e.effect, e.severity, e.notedAt)).toList(),
                observation, recoveredAt, dischargedAt, dischargedBy);
    }

    public SessionView view(int number, VitalRanges ranges) {
        SessionForm form = form();
        return new SessionView(id, itemKey, courseId, number, startedAt, endedAt, staff, staffName, form.doseSteps(),
                form.vitals(), form.sideEffects(), observation, recordedBy, recordedAt, signedBy, signerName, signedAt,
                addenda.stream().map(a -> new SessionView.Addendum(a.body, a.author, a.authorName, a.createdAt)).toList(),
                recoveredAt, dischargedAt, dischargedBy, dischargerName, ranges.alerts(form.vitals()), version);
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getItemKey() {
        return itemKey;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStaffName() {
        return staffName;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public long getVersion() {
        return version;
    }
}
