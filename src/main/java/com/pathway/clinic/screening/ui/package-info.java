/** The screening panel of the lead page and the administrators' clinical forms settings. */
package com.pathway.clinic.screening.ui;
