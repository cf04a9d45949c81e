package com.pathway.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

import org.springframework.stereotype.Component;

import com.pathway.shared.ClinicProperties;

/**
 * The clinic's service-level targets in its business hours ({@link BusinessHoursProperties}): when a
 * first contact and a consultation are due for an inquiry that arrived at a given moment, and how much
 * business time is left until a deadline (negative once it has passed).
 */
@Component
public class ServiceLevels {

    private final BusinessHours hours;
    private final BusinessHoursProperties properties;

    public ServiceLevels(BusinessHoursProperties properties, ClinicProperties clinic) {
        this.properties = properties;
        this.hours = new BusinessHours(clinic.timeZone(), properties.workingDays(), properties.opens(),
                properties.closes(), new HashSet<>(properties.holidays()));
    }

    public BusinessHours hours() {
        return hours;
    }

    public Duration firstResponseTarget() {
        return properties.firstResponse();
    }

    public Duration consultationTarget() {
        return properties.consultation();
    }

    public Instant firstResponseDue(Instant arrived) {
        return hours.plus(arrived, properties.firstResponse());
    }

    public Instant consultationDue(Instant arrived) {
        return hours.plus(arrived, properties.consultation());
    }

    /** Business time from now until the deadline; negative when it has passed. */
    public Duration remaining(Instant due, Instant now) {
        return hours.between(now, due);
    }
}
