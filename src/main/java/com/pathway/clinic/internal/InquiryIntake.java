package com.pathway.clinic.internal;

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
 * created, reported and audited as {@value #ACTOR}. An inquiry is stored first, with the answer to its
 * Idempotency-Key, in the {@link InquiryInbox}, which creates its lead through here.
 */
@Component
public class InquiryIntake {

    public static final String ACTOR = "web-form";

    private final LeadWriter writer;

    public InquiryIntake(LeadWriter writer) {
        this.writer = writer;
    }

    /** A checked form, or every problem with it. */
    public LeadForm check(LeadForm form) {
        return writer.check(form);
    }

    public String newReference() {
        return writer.newReference();
    }

    /**
     * Creates the lead of an accepted inquiry under its {@code reference}, in the caller's transaction (the
     * {@link InquiryInbox}'s, which deletes the inquiry's row in it); the lead's key.
     */
    @Transactional
    public String createLead(LeadForm checked, String reference) {
        return asWebForm(() -> writer.store(checked, "Web inquiry", reference));
    }

    /**
     * Creates the lead of a web inquiry that could not become one by itself, from its form as a person corrected it
     * and {@link #check} passed it, under the inquiry's {@code reference} and as that person; the lead's key.
     */
    @Transactional
    public String enterLead(LeadForm checked, String reference) {
        return writer.store(checked, "Web inquiry", reference);
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
