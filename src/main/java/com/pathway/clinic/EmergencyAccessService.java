package com.pathway.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditOutcome;
import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.internal.EmergencyAccess;
import com.pathway.clinic.internal.EmergencyAccessRepository;
import com.pathway.clinic.internal.LeadRepository;
import com.pathway.security.CurrentUser;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * Emergency access ("break the glass"): a clinician or manager who must open a lead outside their scope
 * says why, and may read it for {@code pathway.emergency-access.duration} (one hour by default). The
 * grant is audited at once as {@value AuditRecord#EMERGENCY_ACCESS}, which administrators see on the audit
 * trail's Emergency access page; every read in the window is audited with the reason (the engine's
 * read rule takes the grant from {@code clinic.internal.LeadAccess}).
 */
@Service
public class EmergencyAccessService {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 500;

    private final EmergencyAccessRepository accesses;
    private final LeadRepository leads;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final EmergencyAccessProperties properties;
    private final Clock clock;

    public EmergencyAccessService(EmergencyAccessRepository accesses, LeadRepository leads, AuditService audit,
            CurrentUser currentUser, EmergencyAccessProperties properties, Clock clock) {
        this.accesses = accesses;
        this.leads = leads;
        this.audit = audit;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens lead {@code key} to the signed-in user for the configured time, for {@code reason}. */
    @PreAuthorize(LeadPermissions.EMERGENCY_ACCESS)
    @Transactional
    public EmergencyGrant open(String key, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw InvalidInputException.of("reason", "Say why you must open this lead now (at least " + MIN_REASON
                    + " characters), for example \"covering Dr. Lee's patient, who called in distress\".");
        }
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "Keep the reason under " + MAX_REASON + " characters.");
        }
        String itemKey = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        if (!leads.existsByItemKey(itemKey)) {
            throw new NotFoundException("There is no lead " + itemKey + ".");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant until = now.plus(properties.duration());
        String username = currentUser.username().orElseThrow().toLowerCase(Locale.ROOT);
        accesses.save(new EmergencyAccess(username, itemKey, why, now, until));
        audit.record(new AuditRecord(AuditRecord.EMERGENCY_ACCESS, null, "LEAD", itemKey, AuditOutcome.SUCCESS, null,
                Map.of("reason", why, "until", until.toString())));
        return new EmergencyGrant(itemKey, why, now, until);
    }

    /** The signed-in user's open emergency access to lead {@code key}, if any (the lead page says until when). */
    @PreAuthorize(LeadPermissions.VIEW)
    @Transactional(readOnly = true)
    public Optional<EmergencyGrant> active(String key) {
        Instant now = clock.instant();
        return currentUser.username().stream()
                .flatMap(u -> accesses.findActive(u.toLowerCase(Locale.ROOT), now).stream())
                .filter(a -> a.getItemKey().equalsIgnoreCase(key) && a.isActiveAt(now))
                .map(a -> new EmergencyGrant(a.getItemKey(), a.getReason(), a.getGrantedAt(), a.getExpiresAt()))
                .reduce((first, later) -> later);
    }
}
