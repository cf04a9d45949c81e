package com.pathway.clinic.treatment.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.clinic.treatment.TreatmentProperties;
import com.pathway.clinic.treatment.VitalLimits;
import com.pathway.clinic.treatment.VitalRanges;
import com.pathway.clinic.treatment.VitalSign;
import com.pathway.shared.Validation;

/**
 * The clinic's vital-sign ranges as stored: read for every session view, and seeded once from the
 * installation's settings ({@code pathway.treatment.vital-alerts.*}) for each sign without a stored range.
 * Several nodes may start at once; the first to insert a sign's range wins, the others keep it.
 */
@Component
public class VitalThresholds {

    private static final Logger log = LoggerFactory.getLogger(VitalThresholds.class);

    private final VitalThresholdRepository thresholds;
    private final Map<VitalSign, VitalLimits> seed;
    private final TransactionTemplate newTransaction;

    public VitalThresholds(VitalThresholdRepository thresholds, TreatmentProperties properties,
            PlatformTransactionManager transactions) {
        this.thresholds = thresholds;
        this.seed = properties.vitalAlerts().seed();
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        seed.forEach((sign, limits) -> {
            Validation errors = check(sign, limits);
            if (!errors.errors().isEmpty()) {
                throw new IllegalStateException("pathway.treatment.vital-alerts: " + String.join(" ",
                        errors.errors().values()));
            }
        });
    }

    /** The current ranges; a sign not stored (yet) has the seed's range. */
    public VitalRanges current() {
        Map<VitalSign, VitalThreshold> stored = new EnumMap<>(VitalSign.class);
        thresholds.findAll().forEach(t -> stored.put(t.getSign(), t));
        return new VitalRanges(Arrays.stream(VitalSign.values())
                .map(sign -> stored.containsKey(sign) ? stored.get(sign).view() : seeded(sign).view()).toList());
    }

    /** A sign's stored range, stored from the seed first if it has none. */
    public VitalThreshold find(VitalSign sign) {
        return thresholds.findById(sign).orElseGet(() -> thresholds.saveAndFlush(seeded(sign)));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedMissing() {
        for (VitalSign sign : VitalSign.values()) {
            try {
                newTransaction.executeWithoutResult(tx -> {
                    if (!thresholds.existsById(sign)) {
                        thresholds.saveAndFlush(seeded(sign));
                        log.info("The clinic's range for {} is seeded from the settings: {}", sign,
                                seeded(sign).view().text());
                    }
                });
            } catch (DataIntegrityViolationException raced) {
                log.debug("Another node seeded the range for {} first", sign);
            }
        }
    }

    private VitalThreshold seeded(VitalSign sign) {
        VitalLimits limits = seed.getOrDefault(sign, new VitalLimits(null, null));
        return new VitalThreshold(sign, limits.low(), limits.high());
    }

    /**
     * The rules of a range: each limit a plausible reading of its sign, the low limit below the high one.
     * Messages name the sign and its unit and go to the field {@code low} or {@code high}.
     */
    public static Validation check(VitalSign sign, VitalLimits limits) {
        Validation errors = new Validation();
        Integer low = limits == null ? null : limits.low();
        Integer high = limits == null ? null : limits.high();
        String span = " between " + sign.min() + " and " + sign.withUnit(sign.max()) + ", or empty for no limit.";
        errors.check(low == null || (low >= sign.min() && low <= sign.max()), "low",
                sign.label() + ": the lowest reading inside the range must be" + span);
        errors.check(high == null || (high >= sign.min() && high <= sign.max()), "high",
                sign.label() + ": the highest reading inside the range must be" + span);
        if (!errors.hasErrors("low") && !errors.hasErrors("high") && low != null && high != null) {
            errors.check(low < high, "high", sign.label() + ": the high limit (" + high
                    + ") must be above the low limit (" + low + ").");
        }
        return errors;
    }
}
