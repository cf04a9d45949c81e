package com.pathway.clinic;

import java.util.List;

/** Two leads side by side before a merge, with the fields whose values differ. */
public record LeadComparison(LeadDetails left, LeadDetails right, List<FieldDifference> differences) {
}
