package com.pathway.clinic.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.pathway.clinic.LeadForm;

/**
 * The fields of a lead form that a merge may take from either lead, read and combined through the
 * record's components so that a field added to {@link LeadForm} is merged too.
 */
public final class MergeFields {

    private static final RecordComponent[] COMPONENTS = LeadForm.class.getRecordComponents();
    private static final Map<String, String> LABELS = labels();
    /** Consents are combined in a merge: a grant on either lead is kept, never dropped. */
    public static final Set<String> CONSENTS = Set.of("phoneConsent", "smsConsent", "emailConsent", "privacyNotice");
    /** Fields that always hold a value: a lead needs a name and a source; self-pay and priority are never unset. */
    private static final Set<String> ALWAYS_SET = Set.of("firstName", "lastName", "source", "selfPay", "priority");

    private MergeFields() {
    }

    public static List<String> names() {
        return Arrays.stream(COMPONENTS).map(RecordComponent::getName).toList();
    }

    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    public static Object value(LeadForm form, String field) {
        return read(form, component(field));
    }

    /** The fields whose values differ, in the form's order. */
    public static List<String> differing(LeadForm a, LeadForm b) {
        return Arrays.stream(COMPONENTS).filter(c -> !Objects.equals(read(a, c), read(b, c)))
                .map(RecordComponent::getName).toList();
    }

    /** No value: {@code null}, blank text or an empty list. */
    public static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case String s -> s.isBlank();
            case Collection<?> c -> c.isEmpty();
            default -> false;
        };
    }

    /** Whether a merge or an edit may leave this field without a value; never a consent. */
    public static boolean mayEmpty(String field) {
        return !CONSENTS.contains(field) && !ALWAYS_SET.contains(field);
    }

    /** The fields whose values differ once blank texts count as no value, in the form's order. */
    public static List<String> changed(LeadForm before, LeadForm after) {
        return Arrays.stream(COMPONENTS).filter(c -> !Objects.equals(normal(read(before, c)), normal(read(after, c))))
                .map(RecordComponent::getName).toList();
    }

    /**
     * The survivor of a merge: each field keeps the survivor's value, or takes the other lead's where
     * the survivor has none (so a consent granted on either lead is kept with its time and source);
     * fields in {@code take} take the other's value, fields in {@code empty} are emptied. The caller
     * has checked that these choices are allowed ({@link #mayEmpty}, nothing empty taken).
     */
    public static LeadForm merged(LeadForm survivor, LeadForm other, Set<String> take, Set<String> empty) {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            Object kept = read(survivor, c);
            if (empty.contains(c.getName())) {
                values[i] = null;
            } else if (take.contains(c.getName()) || isEmpty(kept)) {
                values[i] = isEmpty(kept) && isEmpty(read(other, c)) ? kept : read(other, c);
            } else {
                values[i] = kept;
            }
        }
        return construct(values);
    }

    /** {@code base} with the named fields taken from {@code other}. */
    public static LeadForm combine(LeadForm base, LeadForm other, Set<String> fromOther) {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            values[i] = read(fromOther.contains(c.getName()) ? other : base, c);
        }
        return construct(values);
    }

    private static LeadForm construct(Object[] values) {
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return LeadForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LeadForm's canonical constructor cannot be called", e);
        }
    }

    private static Object normal(Object value) {
        return isEmpty(value) ? null : value;
    }

    private static RecordComponent component(String field) {
        return Arrays.stream(COMPONENTS).filter(c -> c.getName().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No lead field " + field));
    }

    private static Object read(LeadForm form, RecordComponent c) {
        try {
            return c.getAccessor().invoke(form);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName(), e);
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        String[][] pairs = {{"firstName", "First name"}, {"lastName", "Last name"}, {"preferredName", "Preferred name"},
            {"dateOfBirth", "Date of birth"}, {"phone", "Phone"}, {"altPhone", "Other phone"}, {"email", "E-mail"},
            {"preferredContact", "Preferred contact"}, {"preferredContactTime", "Preferred time"},
            {"source", "Source"}, {"campaignSource", "Campaign source"}, {"campaignMedium", "Campaign medium"},
            {"campaignName", "Campaign"}, {"referrerId", "Referrer"}, {"conditionOfInterest", "Condition"},
            {"payer", "Payer"}, {"selfPay", "Self-pay"}, {"phoneConsent", "Phone consent"},
            {"smsConsent", "SMS consent"}, {"emailConsent", "E-mail consent"}, {"privacyNotice", "Privacy notice"},
            {"tags", "Tags"}, {"priority", "Priority"}, {"coordinator", "Coordinator"}, {"clinician", "Clinician"},
            {"message", "Message"}};
        for (String[] p : pairs) {
            l.put(p[0], p[1]);
        }
        return Map.copyOf(l);
    }
}
