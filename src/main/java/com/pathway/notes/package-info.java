/**
 * Notes on leads: general notes for all staff who may see the lead and clinical notes for clinicians
 * only, edited in their first 15 minutes and corrected by addenda after that, never deleted; mentions
 * that notify colleagues, pinned notes, and the notes' entries in the lead's timeline.
 */
package com.pathway.notes;
