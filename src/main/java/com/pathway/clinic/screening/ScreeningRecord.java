package com.pathway.clinic.screening;

import java.util.List;

/**
 * Everything the screening panel shows for a lead.
 *
 * @param current the newest revision (an open draft or the latest signed one), or {@code null} before any
 * @param earlier older revisions, newest first, each kept as signed
 * @param checklist the clinic's active items, asked on a new screening
 * @param consent the treatment consent, or {@code null}
 */
public record ScreeningRecord(String leadKey, ScreeningView current, List<ScreeningView> earlier,
        List<ChecklistItem> checklist, TreatmentConsent consent) {
}
