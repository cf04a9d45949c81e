/** The outcome measures panel of the lead page, its entry dialog and the flag across the top of the page. */
package com.pathway.clinic.outcomes.ui;
