package com.pathway.clinic.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadAppointmentRepository extends JpaRepository<LeadAppointment, Long> {

    /** The lead's appointments that are not cancelled: one, or none. */
    List<LeadAppointment> findByLeadIdAndCancelledFalseOrderByIdDesc(long leadId);

    /** Appointments that are not cancelled starting in {@code [from, to)}, soonest first (index on starts_at). */
    List<LeadAppointment> findByCancelledFalseAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
            java.time.Instant from, java.time.Instant to, org.springframework.data.domain.Pageable pageable);
}
