package com.pathway.clinic.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.LeadForm;

/**
 * Turns an accepted web inquiry into a lead. Nobody is signed in on the public API, so the lead is
 * created, reported and audited as {@value #ACTOR}. With an Idempotency-Key, the answer is stored
 * in the same transaction as the lead.
 */
@Component
public class InquiryIntake {

    public static final String ACTOR = "web-form";

    private final LeadWriter writer;
    private final InquiryRequestRepository requests;
    private final Clock clock;

    public InquiryIntake(LeadWriter writer, InquiryRequestRepository requests, Clock clock) {
        this.writer = writer;
        this.requests = requests;
        this.clock = clock;
    }

    /** A checked form, or every problem with it. */
    public LeadForm check(LeadForm form) {
        return writer.check(form);
    }

    public String newReference() {
        return writer.newReference();
    }

    @Transactional(readOnly = true)
    public Optional<InquiryRequest> previous(String idempotencyKey) {
        return requests.findById(idempotencyKey);
    }

    /**
     * Creates the lead under {@code reference} and, with an idempotency key, stores the answer; the lead's key.
     * A second request with the same key fails here with a data-integrity error, and nothing of it
     * stays.
     */
    @Transactional
    public String accept(LeadForm checked, String reference, String idempotencyKey, String bodySha256,
            int status, String answer) {
        String key = asWebForm(() -> writer.store(checked, "Web inquiry", reference));
        if (idempotencyKey != null) {
            requests.saveAndFlush(new InquiryRequest(idempotencyKey, bodySha256, status, answer, clock.instant()));
        }
        return key;
    }

    private static <T> T asWebForm(Supplier<T> action) {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null, java.util.List.of()));
        strategy.setContext(context);
        try {
            return action.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
