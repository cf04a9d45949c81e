/**
 * Screening: the clinic's own checklist (configuration an administrator edits), the screenings clinicians
 * fill in, save as drafts and sign (a signed one is locked; changes are new revisions), and the treatment
 * consent. Signing sets the lead's screening outcome, from which everyone else learns only "complete, when".
 */
package com.pathway.clinic.screening;
