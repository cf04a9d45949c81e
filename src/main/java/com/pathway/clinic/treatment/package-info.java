/**
 * Treatment courses and infusion session records on leads: the clinic's own lists of indications and side
 * effects, a lead's planned series, each infusion's dose steps, vitals and side effects signed by staff,
 * and the clinician's My patients list. Clinical content for clinicians only; every read and write audited.
 */
package com.pathway.clinic.treatment;
