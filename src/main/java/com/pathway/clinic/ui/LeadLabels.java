package com.pathway.clinic.ui;

import java.util.Locale;

import com.pathway.clinic.LeadSource;
import com.pathway.workflow.StatusCategory;

/** How the lead views name categories and sources. */
final class LeadLabels {

    private LeadLabels() {
    }

    static String label(StatusCategory category) {
        return switch (category) {
            case TODO -> "To do";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
        };
    }

    static String label(LeadSource source) {
        String words = source.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
