package com.pathway.clinic.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.clinic.treatment.internal.VitalThreshold;
import com.pathway.clinic.treatment.internal.VitalThresholdRepository;
import com.pathway.clinic.treatment.internal.VitalThresholds;
import com.pathway.security.Access;
import com.pathway.security.CurrentUser;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * The clinic's vital-sign ranges: clinic configuration an administrator changes (each change audited) and
 * clinicians read through the session form, where a reading outside a range is marked. They hold no patient
 * data. A range is the clinic's, not advice: Pathway only says a reading is outside it.
 */
@Service
@Transactional
public class VitalThresholdService {

    private final VitalThresholds thresholds;
    private final VitalThresholdRepository repository;
    private final TreatmentAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    public VitalThresholdService(VitalThresholds thresholds, VitalThresholdRepository repository, TreatmentAudit audit,
            CurrentUser currentUser, Clock clock) {
        this.thresholds = thresholds;
        this.repository = repository;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every sign's range, in the order of {@link VitalSign}. */
    @PreAuthorize(Access.CLINICIAN_OR_ADMIN)
    @Transactional(readOnly = true)
    public VitalRanges ranges() {
        return thresholds.current();
    }

    /**
     * Changes one sign's range ({@code sign}: a {@link VitalSign} name, e.g. {@code HEART_RATE}); refused
     * field by field when a limit is implausible or the low one is not below the high one, and when someone
     * changed the range since {@code expectedVersion} was read. Nothing changes on a refusal.
     */
    @PreAuthorize(Access.ADMIN)
    public VitalRange change(String sign, VitalLimits limits, long expectedVersion) {
        VitalSign vital = sign(sign);
        if (limits == null) {
            throw InvalidInputException.of("low", "Send the range: its low and high limits, either empty for no limit.");
        }
        VitalThresholds.check(vital, limits).throwIfInvalid();
        VitalThreshold threshold = thresholds.find(vital);
        if (threshold.getVersion() != expectedVersion) {
            throw new ConflictException("Someone changed the " + vital.label().toLowerCase()
                    + " range meanwhile; reload the page and try again.");
        }
        String before = threshold.view().text();
        threshold.change(limits.low(), limits.high(), me(), now());
        VitalRange changed = repository.saveAndFlush(threshold).view();
        audit.threshold(vital.name(), "from " + before + " to " + changed.text());
        return changed;
    }

    private static VitalSign sign(String sign) {
        if (sign == null || sign.isBlank()) {
            throw InvalidInputException.of("sign", "Say which vital sign: " + names() + ".");
        }
        return Arrays.stream(VitalSign.values()).filter(v -> v.name().equalsIgnoreCase(sign.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no vital sign " + sign.strip() + "; the signs are "
                        + names() + "."));
    }

    private static String names() {
        return String.join(", ", Arrays.stream(VitalSign.values()).map(Enum::name).toList());
    }

    private String me() {
        return currentUser.username().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
