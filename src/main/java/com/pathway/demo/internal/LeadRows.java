package com.pathway.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.pathway.demo.internal.Journey.Change;
import com.pathway.demo.internal.Journey.Step;
import com.pathway.workflow.StatusCategory;

/**
 * The rows of one journey, column for column as {@link Table} lists them, with the invariants the
 * engine and the clinic keep: the item's status, category, resolution and times are those of its
 * last history row; the key is the project key and the item number; the lower-case search columns
 * follow the names and e-mail; the inquiry reference is unique; the lead's copy of key and status
 * is the item's; the coordinator and clinician are also the item's user fields.
 */
final class LeadRows {

    private static final String ITEM_TYPE = "LEAD";

    private LeadRows() {
    }

    static Object[] item(Journey j, Target target, long number) {
        Instant created = j.createdAt();
        StatusCategory category = target.paths().category(j.status());
        return new Object[] {target.projectId(), number, target.projectKey() + "-" + number, ITEM_TYPE,
            j.inquiry().summary(), target.definitionId(), j.status(), category.name(), j.resolution(), j.assignee(),
            j.inquiry().reporter(), created, j.updatedAt(), j.statusChangedAt(), j.itemVersion()};
    }

    static List<Object[]> history(Journey j, long itemId) {
        List<Object[]> rows = new ArrayList<>(j.steps().size());
        for (Step s : j.steps()) {
            rows.add(new Object[] {itemId, s.transition(), s.from(), s.to(), s.resolution(), s.actor(), s.at(),
                s.millisInFrom(), s.comment(), s.fieldsJson()});
        }
        return rows;
    }

    static List<Object[]> changes(Journey j, long itemId) {
        List<Object[]> rows = new ArrayList<>(j.changes().size());
        for (Change c : j.changes()) {
            rows.add(new Object[] {itemId, c.field(), c.oldValue(), c.newValue(), c.actor(), c.at()});
        }
        return rows;
    }

    /** The lead row; {@code message} turns the person's message into what the column stores. */
    static Object[] lead(Journey j, Target target, long itemId, long number, UnaryOperator<String> message) {
        Person p = j.person();
        Inquiry q = j.inquiry();
        Instant at = q.at();
        Long referrer = q.referrer() < 0 ? null : target.referrerIds().get(q.referrer());
        String emailLower = p.email() == null ? null : p.email().toLowerCase(Locale.ROOT);
        Instant consentAt = j.screeningOutcome() != null && "Cleared".equals(j.screeningOutcome()) ? j.screeningAt() : null;
        return new Object[] {itemId, InquiryReferences.of(target.projectId(), number), p.firstName(), p.lastName(), null,
            (p.firstName() + " " + p.lastName()).toLowerCase(Locale.ROOT), p.lastName().toLowerCase(Locale.ROOT),
            p.dateOfBirth(), p.phone(), p.altPhone(), com.pathway.clinic.Phones.searchDigits(p.phone(), p.altPhone()), p.email(), emailLower, p.preferredContact().name(),
            p.preferredContactTime(), q.source().name(), q.campaignSource(), q.campaignMedium(), q.campaignName(),
            referrer, q.condition(), q.payer(), q.selfPay(), at, q.consentSource(), q.smsConsent() ? at : null,
            q.smsConsent() ? q.consentSource() : null, q.emailConsent() && p.email() != null ? at : null,
            q.emailConsent() && p.email() != null ? q.consentSource() : null, at, q.consentSource(), q.tags(),
            q.priority().name(), Inquiries.COORDINATOR, j.clinician(), message.apply(q.message()), j.screeningOutcome(),
            j.screeningOutcome() == null ? null : j.screeningAt(), consentAt,
            j.createdAt(), j.leadUpdatedAt(), j.leadVersion(), target.projectKey() + "-" + number, j.status(),
            target.paths().category(j.status()).name(), j.statusChangedAt(), j.resolution()};
    }

    /** The item's user fields, as the clinic keeps them in the engine: coordinator and clinician. */
    static List<Object[]> users(Journey j, long itemId) {
        List<Object[]> rows = new ArrayList<>(2);
        rows.add(new Object[] {itemId, "coordinator", Inquiries.COORDINATOR, j.createdAt()});
        if (j.clinician() != null) {
            rows.add(new Object[] {itemId, "clinician", j.clinician().toLowerCase(Locale.ROOT), j.leadUpdatedAt()});
        }
        return rows;
    }
}
