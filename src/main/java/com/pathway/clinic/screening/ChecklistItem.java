package com.pathway.clinic.screening;

/**
 * One item of the clinic's screening checklist.
 *
 * @param contraindication a "yes" to it means the person may not be approved for treatment
 * @param example shipped as an example for the clinic's medical director to review
 * @param active asked on new screenings; retired items stay on the screenings that asked them
 */
public record ChecklistItem(long id, int position, String label, ItemKind kind, boolean contraindication,
        boolean example, boolean active, long version) {
}
