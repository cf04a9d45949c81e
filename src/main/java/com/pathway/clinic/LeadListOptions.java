package com.pathway.clinic;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.internal.ReferrerRepository;
import com.pathway.security.Access;

/** The choices the lead list's filters offer: statuses of the clinic workflow and referrers. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.INTAKE_COORDINATOR_OR_CLINICIAN_OR_MANAGER)
public class LeadListOptions {

    /** The statuses of the shipped clinic workflow, in their order. */
    public static final List<String> STATUSES = List.of("New inquiry", "Contacted", "Consultation scheduled",
            "Consultation done", "Screening", "Treatment scheduled", "In treatment", "Follow-up", "Closed");

    static final int MAX_REFERRERS = 500;

    private final ReferrerRepository referrers;

    public LeadListOptions(ReferrerRepository referrers) {
        this.referrers = referrers;
    }

    public List<String> statuses() {
        return STATUSES;
    }

    /** Referrers by name, at most {@value #MAX_REFERRERS}. */
    public List<ReferrerOption> referrers() {
        return referrers.findAll(PageRequest.of(0, MAX_REFERRERS, Sort.by("name", "id"))).stream()
                .map(r -> new ReferrerOption(r.getId(), r.getName())).toList();
    }
}
