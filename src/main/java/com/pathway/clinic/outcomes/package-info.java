/**
 * Outcome measures: PHQ-9, GAD-7 and PCL-5 recorded by clinicians with every item, scored by their
 * published rules, banded by the clinic's own severity bands (configuration), with a history and trend per
 * lead; a PHQ-9 item 9 answer above 0 flags the lead for its clinician, without any advice.
 */
package com.pathway.clinic.outcomes;
