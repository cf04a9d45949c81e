package com.pathway.clinic.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
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

    /** {@code base} with the named fields taken from {@code other}. */
    public static LeadForm combine(LeadForm base, LeadForm other, Set<String> fromOther) {
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            values[i] = read(fromOther.contains(c.getName()) ? other : base, c);
            types[i] = c.getType();
        }
        try {
            return LeadForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LeadForm's canonical constructor cannot be called", e);
        }
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
